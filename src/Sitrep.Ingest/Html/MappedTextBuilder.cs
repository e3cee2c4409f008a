using System.Text;
using Sitrep.Documents;

namespace Sitrep.Ingest.Html;

/// <summary>
/// Writes cleaned text and its offset map together. Whitespace is collapsed lazily (a space is
/// written only when more content follows), and block boundaries become one blank line, so the
/// text never starts or ends with whitespace and paragraphs split at blank lines.
/// </summary>
internal sealed class MappedTextBuilder
{
    private readonly StringBuilder _text = new();
    private readonly OffsetMap.Builder _map = new();
    private int _spaceStart = -1, _spaceLength;
    private bool _spaceIsOneBlank;
    private int _breakAt = -1;

    public int Length => _text.Length;

    /// <summary>Records whitespace in the source; it becomes one space if content follows in the same block.</summary>
    public void Whitespace(int sourceStart, int sourceLength, bool isOneBlank)
    {
        if (_text.Length == 0 || _breakAt >= 0 || _spaceStart >= 0) return;
        (_spaceStart, _spaceLength, _spaceIsOneBlank) = (sourceStart, sourceLength, isOneBlank);
    }

    /// <summary>Records a block boundary at a source offset; it becomes a blank line if content follows.</summary>
    public void BlockBoundary(int sourceOffset)
    {
        if (_text.Length == 0 || _breakAt >= 0) return;
        _breakAt = sourceOffset;
        _spaceStart = -1;
    }

    /// <summary>Appends characters copied unchanged from the source.</summary>
    public void Verbatim(string source, int sourceStart, int length)
    {
        if (length <= 0) return;
        FlushPending();
        _text.Append(source, sourceStart, length);
        _map.Verbatim(sourceStart, length);
    }

    /// <summary>Appends text that stands for a source construct (a decoded entity).</summary>
    public void Replaced(string text, int sourceStart, int sourceLength)
    {
        if (text.Length == 0) return;
        FlushPending();
        _text.Append(text);
        _map.Replaced(sourceStart, sourceLength, text.Length);
    }

    public string Text => _text.ToString();

    public OffsetMap BuildMap(int sourceLength) => _map.Build(sourceLength);

    private void FlushPending()
    {
        if (_breakAt >= 0)
        {
            _text.Append("\n\n");
            _map.Replaced(_breakAt, 0, 2);
        }
        else if (_spaceStart >= 0)
        {
            _text.Append(' ');
            if (_spaceIsOneBlank) _map.Verbatim(_spaceStart, 1);
            else _map.Replaced(_spaceStart, _spaceLength, 1);
        }
        _breakAt = -1;
        _spaceStart = -1;
    }
}
