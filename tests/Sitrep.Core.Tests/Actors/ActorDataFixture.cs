using Sitrep.Actors;
using Sitrep.TestSupport;

namespace Sitrep.Tests.Actors;

/// <summary>The bundled dictionary, loaded once for all tests that need it.</summary>
internal static class BundledActors
{
    private static readonly Lazy<ActorDictionary> Lazy = new(() => ActorDictionary.LoadOrThrow(RepoPaths.InRepo("data", "actors")));

    public static ActorDictionary Dictionary => Lazy.Value;
}

/// <summary>Writes a small, valid actor data folder that a test can then break on purpose.</summary>
internal sealed class TempActorData : IDisposable
{
    public TempActorData()
    {
        Folder = Path.Combine(Path.GetTempPath(), "sitrep-actors-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        Write("VERSION", "test\n");
        Write("countries.tsv", "iso3\tname\tarticle\tnames\tdemonyms\tplaces\nMLI\tMali\t\t\tMalian\tBamako\nRUS\tRussia\t\tRussian Federation\tRussian\tMoscow\n");
        Write("templates.tsv", "role\tname\ttype\tregimes\nmilitary\tMilitary Forces of {the country}\tState forces\tyes\ngovernment\tGovernment of {the country}\tState forces\tyes\narmed-group\tUnidentified Armed Group ({country})\tPolitical militia\tno\ncivilians\tCivilians ({country})\tCivilians\tno\n");
        Write("actors.tsv", "name\ttype\tcountry\taliases\troles\tactive\tnote\n"
            + "JNIM: Group for Support of Islam and Muslims\tRebel group\tMLI\tJNIM | GSIM | Nusrat al-Islam\t\t2017-03..\t\n"
            + "Military Forces of Mali\tState forces\tMLI\tFAMa\t\t\t\n"
            + "Wagner Group\tExternal/Other forces\tRUS\tWagner\tpmc:RUS\t2014..\t\n"
            + "Africa Corps\tExternal/Other forces\tRUS\t\tpmc:RUS\t2023-11..\t\n");
        Write("actors.phoenix.tsv", "name\ttype\tcountry\taliases\troles\tactive\tnote\n");
        Write("regimes.tsv", "country\tlabel\tstart\tend\tleader\nMLI\t2013-2020\t2013-09-04\t2020-08-18\tIBK\nMLI\t2020-2021\t2020-08-18\t2021-05-24\tBah Ndaw\nMLI\t2021-\t2021-05-24\t\tGoita\n");
        Write("relations.tsv", "subject\trelation\tobject\tcountry\tstart\tend\tnote\nAfrica Corps\tsucceeds\tWagner Group\tMLI\t2025-06-06\t\t\n");
        Write("alias_rules.tsv", "alias\tactor\trule\tcontext\tinstead\tnote\nGSIM\tJNIM: Group for Support of Islam and Muslims\trequires\tMali | Sahel\t\t\n");
        Write("force_nouns.tsv", "phrase\trole\tbare\nsoldiers\tmilitary\tyes\narmy\tmilitary\tyes\ngunmen\tarmed-group\tyes\nvillagers\tcivilians\tyes\nmercenaries\tpmc\tyes\nfighters\tmember\tno\nsuspected\tmodifier\t\n");
    }

    public string Folder { get; }

    public void Write(string file, string content) => File.WriteAllText(Path.Combine(Folder, file), content);

    public void Append(string file, string content) => File.AppendAllText(Path.Combine(Folder, file), content);

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
