using System.Text;
using Sitrep.Errors;

namespace Sitrep.Ingest.Tests.Decoding;

public class ContentDecoderTests
{
    private const string Sample = "published: 2024-05-01\n\nCafé owners in Lüneborg protested — peacefully.";

    [Fact]
    public void Read_Utf8WithAndWithoutBom_GivesSameText()
    {
        byte[] plain = Encoding.UTF8.GetBytes(Sample);
        byte[] bom = [0xEF, 0xBB, 0xBF, .. plain];
        string a = Assert.Single(TestInput.Read("a.txt", plain).Documents).Text;
        string b = Assert.Single(TestInput.Read("b.txt", bom).Documents).Text;
        Assert.Equal(a, b);
        Assert.StartsWith("Café owners", a);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Read_Utf16WithBom_IsDecoded(bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        byte[] bytes = [.. encoding.GetPreamble(), .. encoding.GetBytes(Sample)];
        FileReadResult result = TestInput.Read("u16.txt", bytes);
        Assert.Empty(result.Problems);
        Assert.Equal("Café owners in Lüneborg protested — peacefully.", Assert.Single(result.Documents).Text);
    }

    [Fact]
    public void Read_InvalidUtf8_FallsBackToLatin1WithWarning()
    {
        byte[] bytes = Encoding.Latin1.GetBytes("published: 2024-05-01\n\nCaf\u00e9 owners in L\u00fcneborg protested.");
        FileReadResult result = TestInput.Read("latin1.txt", bytes);
        Problem warning = Assert.Single(result.Problems);
        Assert.Equal(ErrorCodes.InvalidEncoding, warning.Code);
        Assert.Equal(ProblemSeverity.Warning, warning.Severity);
        Assert.False(result.HasErrors);
        Assert.Equal("Café owners in Lüneborg protested.", Assert.Single(result.Documents).Text);
    }

    [Fact]
    public void Read_PngRenamedTxt_IsBinary()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x01];
        FileReadResult result = TestInput.Read("photo.txt", png);
        Assert.Empty(result.Documents);
        Problem problem = Assert.Single(result.Problems);
        Assert.Equal(ErrorCodes.BinaryInput, problem.Code);
        Assert.Contains("PNG", problem.Message);
        Assert.True(result.HasErrors);
    }

    [Theory]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31 })]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14 })]
    [InlineData(new byte[] { 0x1F, 0x8B, 0x08 })]
    [InlineData(new byte[] { 0x7F, 0x45, 0x4C, 0x46, 0x02 })]
    [InlineData(new byte[] { 0x61, 0x62, 0x00, 0x63 })]
    public void Read_BinarySignaturesAndNulBytes_AreBinary(byte[] bytes)
    {
        Assert.Equal(ErrorCodes.BinaryInput, Assert.Single(TestInput.Read("x.txt", bytes).Problems).Code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t\r\n  ")]
    public void Read_EmptyOrWhitespace_IsEmptyInput(string content)
    {
        FileReadResult result = TestInput.Read("empty.txt", content);
        Assert.Empty(result.Documents);
        Assert.Equal(ErrorCodes.EmptyInput, Assert.Single(result.Problems).Code);
    }
}
