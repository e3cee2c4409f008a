using Sitrep.Events;

namespace Sitrep.Tests.Events;

public class EventCsvWriterTests
{
    [Fact]
    public void WriteRow_Event_HasOneCellPerColumnWithAcledCodes()
    {
        var writer = new StringWriter();
        EventCsvWriter.WriteHeader(writer);
        EventCsvWriter.WriteRow(writer, EventFixtures.Ambush(), "Example wire", "doc");
        string[] lines = writer.ToString().TrimEnd('\n').Split('\n');
        Assert.Equal(2, lines.Length);
        List<string> cells = ParseCsvLine(lines[1]);
        Assert.Equal(EventCsvWriter.Columns.Count, cells.Count);
        Assert.Equal("1", cells[IndexOf("time_precision")]);
        Assert.Equal("2", cells[IndexOf("geo_precision")]);
        Assert.Equal("13", cells[IndexOf("interaction")]);
        Assert.Equal("12", cells[IndexOf("fatalities")]);
        Assert.Contains("\"killing\"", cells[IndexOf("notes")]);
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"no\"", "\"say \"\"no\"\"\"")]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("-12", "-12")]
    public void Escape_SpecialCells_AreQuotedAndFormulasDefused(string cell, string expected)
    {
        Assert.Equal(expected, EventCsvWriter.Escape(cell));
    }

    private static int IndexOf(string column) => EventCsvWriter.Columns.ToList().IndexOf(column);

    private static List<string> ParseCsvLine(string line)
    {
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else cell.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { cells.Add(cell.ToString()); cell.Clear(); }
            else cell.Append(c);
        }
        cells.Add(cell.ToString());
        return cells;
    }
}
