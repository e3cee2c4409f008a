using System.Globalization;
using System.Text;

namespace Sitrep.Events.Export;

/// <summary>RFC 4180 cells: quoted when they hold a comma, quote or line break, with quotes doubled.</summary>
public static class CsvCell
{
    /// <summary>
    /// The cell as CSV. A text cell starting with =, +, - or @ gets a leading apostrophe first:
    /// article text ends up in notes and actor names, and a spreadsheet would run it as a formula.
    /// Numbers (-3.5) are left alone.
    /// </summary>
    public static string Escape(string cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        if (cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' && !double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            cell = "'" + cell;
        if (cell.AsSpan().IndexOfAny(",\"\n\r") < 0) return cell;
        var sb = new StringBuilder(cell.Length + 8).Append('"');
        foreach (char c in cell)
        {
            if (c == '"') sb.Append('"');
            sb.Append(c);
        }
        return sb.Append('"').ToString();
    }

    /// <summary>Writes one record: escaped cells joined by commas, ended by CRLF as RFC 4180 asks.</summary>
    public static void WriteRecord(TextWriter writer, IReadOnlyList<string> cells)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(cells);
        for (int i = 0; i < cells.Count; i++)
        {
            if (i > 0) writer.Write(',');
            writer.Write(Escape(cells[i]));
        }
        writer.Write("\r\n");
    }
}
