using System.Text;
using Sitrep.Geo;

namespace Sitrep.Tests.Geo;

public class NameBucketsTests
{
    [Fact]
    public void Write_TwoRecords_ReadBackWithTheirLinks()
    {
        var bucket = new byte[NameBuckets.BucketBytes];
        int second = NameBuckets.Write(bucket, NameBuckets.FirstRecord, "gao"u8, 7, 2);
        int end = NameBuckets.Write(bucket, second, "bir lehlou"u8, 9, 70_000);

        Assert.True(NameBuckets.TryRead(bucket, NameBuckets.FirstRecord, out NameRecord first));
        Assert.True(NameBuckets.TryRead(bucket, second, out NameRecord next));
        Assert.False(NameBuckets.TryRead(bucket, end, out _));
        Assert.Equal(("gao", 7, 2), (Encoding.UTF8.GetString(bucket, first.KeyAt, first.KeyLength), first.LinkStart, first.LinkCount));
        Assert.Equal(("bir lehlou", 9, 70_000), (Encoding.UTF8.GetString(bucket, next.KeyAt, next.KeyLength), next.LinkStart, next.LinkCount));
        Assert.Equal(end, next.Next);
        Assert.Equal(end - second, NameBuckets.RecordLength(10, 70_000));
    }

    [Fact]
    public void TryRead_RecordPastTheBucketEnd_IsNotARecord()
    {
        var bucket = new byte[NameBuckets.BucketBytes];
        bucket[NameBuckets.FirstRecord] = 60;

        Assert.False(NameBuckets.TryRead(bucket, NameBuckets.FirstRecord, out _));
    }

    [Fact]
    public void TryEncode_TooLongOrLoneSurrogate_IsFalse()
    {
        var utf8 = new byte[NameBuckets.MaxKeyBytes];

        Assert.True(NameBuckets.TryEncode(new string('a', NameBuckets.MaxKeyBytes), utf8, out int length));
        Assert.Equal(NameBuckets.MaxKeyBytes, length);
        Assert.False(NameBuckets.TryEncode(new string('a', NameBuckets.MaxKeyBytes + 1), utf8, out _));
        Assert.False(NameBuckets.TryEncode("gao\ud800", utf8, out _));
    }

    [Fact]
    public void MayHold_TagsAddedToAWord_HoldsThoseAndNoOther()
    {
        uint word = 0;
        foreach (byte tag in new byte[] { 7, 200, 1, 254 }) word = NameBuckets.AddTag(word, tag);

        Assert.True(new byte[] { 7, 200, 1, 254 }.All(t => NameBuckets.MayHold(word, t)));
        Assert.False(NameBuckets.MayHold(word, 8));
        Assert.False(NameBuckets.MayHold(0, 7));
    }

    [Fact]
    public void AddTag_FifthTag_SaturatesTheWordSoEveryTagMayBeThere()
    {
        uint word = 0;
        foreach (byte tag in new byte[] { 1, 2, 3, 4, 5 }) word = NameBuckets.AddTag(word, tag);

        Assert.Equal(NameBuckets.Saturated, word);
        Assert.True(NameBuckets.MayHold(word, 99));
        Assert.Equal(NameBuckets.Saturated, NameBuckets.AddTag(word, 6));
    }
}
