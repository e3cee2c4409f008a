using System.Collections.Frozen;

namespace Sitrep.Evaluation.Matching;

/// <summary>
/// Latin letters with diacritics and their plain forms. The build runs with invariant
/// globalization, where string.Normalize cannot decompose, so accents are folded from this
/// table instead: Unicode canonical decompositions of U+00C0–U+024F and U+1E00–U+1EFF whose
/// base is an ASCII letter, plus the letters with no decomposition (ø, đ, ł, ß, æ, œ, þ, ð, ħ).
/// </summary>
internal static class AccentFolding
{
    private const string Accented =
        "ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝàáâãäåçèéêëìíîïðñòóôõöøùúûüýÿĀāĂ" +
        "ăĄąĆćĈĉĊċČčĎďĐđĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĦħĨĩĪīĬĭĮįİıĴĵĶķĹĺĻļĽľĿŀŁ" +
        "łŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŦŧŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžƠơƯư" +
        "ǍǎǏǐǑǒǓǔǕǖǗǘǙǚǛǜǞǟǠǡǦǧǨǩǪǫǬǭǰǴǵǸǹǺǻȀȁȂȃȄȅȆȇȈȉȊȋȌȍȎȏȐȑȒȓȔȕȖȗȘ" +
        "șȚțȞȟȦȧȨȩȪȫȬȭȮȯȰȱȲȳḀḁḂḃḄḅḆḇḈḉḊḋḌḍḎḏḐḑḒḓḔḕḖḗḘḙḚḛḜḝḞḟḠḡḢḣḤḥḦḧḨ" +
        "ḩḪḫḬḭḮḯḰḱḲḳḴḵḶḷḸḹḺḻḼḽḾḿṀṁṂṃṄṅṆṇṈṉṊṋṌṍṎṏṐṑṒṓṔṕṖṗṘṙṚṛṜṝṞṟṠṡṢṣṤ" +
        "ṥṦṧṨṩṪṫṬṭṮṯṰṱṲṳṴṵṶṷṸṹṺṻṼṽṾṿẀẁẂẃẄẅẆẇẈẉẊẋẌẍẎẏẐẑẒẓẔẕẖẗẘẙẠạẢảẤấẦ" +
        "ầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢ" +
        "ợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹ";

    private const string Plain =
        "AAAAAACEEEEIIIIDNOOOOOOUUUUYaaaaaaceeeeiiiidnoooooouuuuyyAaA" +
        "aAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiJjKkLlLlLlLlL" +
        "lNnNnNnOoOoOoRrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzOoUu" +
        "AaIiOoUuUuUuUuUuAaAaGgKkOoOojGgNnAaAaAaEeEeIiIiOoOoRrRrUuUuS" +
        "sTtHhAaEeOoOoOoOoYyAaBbBbBbCcDdDdDdDdDdEeEeEeEeEeFfGgHhHhHhH" +
        "hHhIiIiKkKkKkLlLlLlLlMmMmMmNnNnNnNnOoOoOoOoPpPpRrRrRrRrSsSsS" +
        "sSsSsTtTtTtTtUuUuUuUuUuVvVvWwWwWwWwWwXxXxYyZzZzZzhtwyAaAaAaA" +
        "aAaAaAaAaAaAaAaAaEeEeEeEeEeEeEeEeIiIiOoOoOoOoOoOoOoOoOoOoOoO" +
        "oUuUuUuUuUuUuUuYyYyYyYy";

    private static readonly FrozenDictionary<char, string> Table = Build();

    /// <summary>The plain form of a letter, or null when it has no accent to fold.</summary>
    public static string? Fold(char c) => Table.GetValueOrDefault(c);

    private static FrozenDictionary<char, string> Build()
    {
        if (Accented.Length != Plain.Length) throw new InvalidOperationException("The accent folding table is misaligned.");
        var table = new Dictionary<char, string>();
        for (int i = 0; i < Accented.Length; i++) table[Accented[i]] = Plain[i].ToString();
        table['Æ'] = "AE";
        table['Þ'] = "TH";
        table['ß'] = "ss";
        table['æ'] = "ae";
        table['þ'] = "th";
        table['Œ'] = "OE";
        table['œ'] = "oe";
        return table.ToFrozenDictionary();
    }
}
