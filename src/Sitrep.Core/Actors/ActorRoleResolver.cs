namespace Sitrep.Actors;

/// <summary>
/// Turns a role ("military", "civilians", "pmc") and a country into a dictionary actor for an
/// event date. Private military companies are chosen among the actors with role pmc:COUNTRY that
/// are active on the date, dropping any that a "succeeds" relation replaced in the document's country.
/// </summary>
internal static class ActorRoleResolver
{
    public static ResolvedActor? Resolve(ActorDictionary dictionary, string role, string? country, DateOnly? date, string? documentCountry)
    {
        if (role == ForceNoun.Pmc) return Pmc(dictionary, country, date, documentCountry);
        if (country is not null)
        {
            return dictionary.ForCountry(country, role) is Actor actor
                ? new ResolvedActor(dictionary.NameOn(actor, date), actor.Type, actor.Inter, actor.Country)
                : null;
        }
        // Without a country, only actors that make sense anywhere are coded (gunmen, civilians);
        // "soldiers" of no known country say nothing.
        if (!dictionary.TemplatesByRole.TryGetValue(role, out ActorTemplate? template) || template.HasRegimes) return null;
        ActorTypes.TryGetInter(template.Type, out int inter);
        return new ResolvedActor(template.NameWithoutCountry, template.Type, inter, null);
    }

    private static ResolvedActor? Pmc(ActorDictionary dictionary, string? sponsor, DateOnly? date, string? documentCountry)
    {
        List<Actor> candidates = [.. dictionary.PmcActors.Where(a => a.Active.Contains(date) && a.Roles.Any(r => IsPmcOf(r, sponsor)))];
        if (documentCountry is not null)
        {
            candidates.RemoveAll(old => dictionary.Relations.Any(r =>
                r.Kind == ActorRelation.Succeeds && r.Object == old.Name && r.Country == documentCountry
                && r.Period.Contains(date) && candidates.Any(c => c.Name == r.Subject)));
        }
        Actor? chosen = candidates.OrderBy(a => a.Active.Start ?? DateOnly.MinValue).FirstOrDefault();
        return chosen is null ? null : new ResolvedActor(dictionary.NameOn(chosen, date), chosen.Type, chosen.Inter, chosen.Country);
    }

    private static bool IsPmcOf(string role, string? sponsor) =>
        sponsor is null ? role.StartsWith(ForceNoun.Pmc + ":", StringComparison.Ordinal) : role == ForceNoun.Pmc + ":" + sponsor;
}

/// <summary>An actor resolved for a date: its dated name, type, inter code and country.</summary>
internal sealed record ResolvedActor(string Name, string Type, int Inter, string? Country);
