using System.Globalization;
using System.Text;

namespace Sitrep.Benchmarking;

/// <summary>
/// Writes a GeoNames-format main table of made-up places, for measuring the gazetteer at sizes no
/// test fixture reaches. Names are random syllable strings; every place carries alternate names in
/// the inline column, which count toward the total. Deterministic for a seed.
/// </summary>
public static class SyntheticGeoNames
{
    private static readonly string[] Syllables =
    [
        "ba", "ko", "ma", "ni", "ga", "to", "ra", "su", "di", "le", "mo", "za", "ka", "fi", "no", "tu", "sa", "be", "do", "ye",
        "al", "an", "ar", "el", "en", "il", "or", "un", "ha", "ja", "ke", "lu", "mi", "na", "pa", "qu", "ri", "se", "ti", "wa",
        "dar", "kan", "sul", "mab", "gor", "tin", "bur", "kal", "mun", "zag",
    ];

    // Country codes present in the bundled countries.tsv, so every line imports.
    private static readonly string[] Countries = ["ML", "NG", "NE", "BF", "SD", "SO", "SY", "UA", "US", "FR", "IN", "BR", "CD", "ET", "AF"];

    /// <summary>Writes about <paramref name="names"/> names (places × (1 + alternates)); returns a sample of names written, for lookups.</summary>
    public static IReadOnlyList<string> Write(string path, long names, int alternatesPerPlace, int seed, int sampleSize)
    {
        ArgumentNullException.ThrowIfNull(path);
        long places = Math.Max(1, names / (1 + alternatesPerPlace));
        var random = new Random(seed);
        var sample = new List<string>(sampleSize);
        long every = Math.Max(1, places / Math.Max(1, sampleSize));
        var line = new StringBuilder(256);
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), bufferSize: 1 << 16);
        for (long id = 1; id <= places; id++)
        {
            string name = Name(random);
            line.Clear().Append(id.ToString(CultureInfo.InvariantCulture)).Append('\t').Append(name).Append('\t').Append(name).Append('\t');
            for (int a = 0; a < alternatesPerPlace; a++)
            {
                if (a > 0) line.Append(',');
                line.Append(Name(random));
            }
            double lat = random.NextDouble() * 140 - 60, lon = random.NextDouble() * 360 - 180;
            long population = random.Next(10) == 0 ? random.Next(1_000_000) : random.Next(2000);
            line.Append('\t').Append(lat.ToString("0.#####", CultureInfo.InvariantCulture))
                .Append('\t').Append(lon.ToString("0.#####", CultureInfo.InvariantCulture))
                .Append("\tP\tPPL\t").Append(Countries[random.Next(Countries.Length)])
                .Append("\t\t0").Append(random.Next(1, 9)).Append("\t\t\t\t").Append(population.ToString(CultureInfo.InvariantCulture))
                .Append("\t\t100\tEtc/UTC\t2024-01-01\n");
            writer.Write(line);
            if (id % every == 0 && sample.Count < sampleSize) sample.Add(name);
        }
        return sample;
    }

    private static string Name(Random random)
    {
        int count = random.Next(2, 6);
        var name = new StringBuilder(12);
        for (int i = 0; i < count; i++) name.Append(Syllables[random.Next(Syllables.Length)]);
        name[0] = char.ToUpperInvariant(name[0]);
        // One name in five has two words, as "Kaduna North" or "Bir Lehlou" do.
        if (random.Next(5) == 0) name.Append(' ').Append(char.ToUpperInvariant(Syllables[random.Next(Syllables.Length)][0])).Append(Syllables[random.Next(Syllables.Length)]);
        return name.ToString();
    }
}
