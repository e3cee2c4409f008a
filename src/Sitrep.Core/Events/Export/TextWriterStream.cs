using System.Text;

namespace Sitrep.Events.Export;

/// <summary>
/// A write-only stream that decodes UTF-8 into a <see cref="TextWriter"/>, so the JSON writers
/// (which write UTF-8 bytes) can print to a console or a string writer. The decoder keeps a
/// multi-byte character split across two writes whole.
/// </summary>
public sealed class TextWriterStream(TextWriter writer) : Stream
{
    private readonly TextWriter _writer = writer ?? throw new ArgumentNullException(nameof(writer));
    private readonly Decoder _decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetDecoder();
    private char[] _chars = new char[4096];

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        int needed = _decoder.GetCharCount(buffer, flush: false);
        if (needed > _chars.Length) _chars = new char[Math.Max(needed, _chars.Length * 2)];
        int written = _decoder.GetChars(buffer, _chars, flush: false);
        _writer.Write(_chars, 0, written);
    }

    public override void Flush() => _writer.Flush();
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
