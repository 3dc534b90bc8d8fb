using BriefingGen.Diagnostics;
using BriefingGen.Yaml;

namespace BriefingGen.Parsing;

/// <summary>Reads a front matter mapping into <see cref="FrontMatter"/>; null when the required title is missing.</summary>
public static class FrontMatterReader
{
    public static FrontMatter? Read(YamlMap map)
    {
        var title = map.String("title", required: true, owner: "every page");
        var frontMatter = new FrontMatter
        {
            Title = title ?? "",
            Slug = map.LocatedString("slug"),
            Summary = map.String("summary"),
            Date = map.Date("date"),
            Updated = map.Date("updated"),
            Authors = map.StringList("authors"),
            Draft = map.Bool("draft") ?? false,
            Layout = map.LocatedString("layout"),
            Kind = map.LocatedString("kind"),
            Weight = map.Integer("weight"),
            Place = map.String("place"),
            Region = map.String("region"),
            Period = map.String("period"),
            Organisations = map.StringList("organisations"),
            Actors = map.MapList("actors").Select(ReadActor).OfType<ActorEntry>().ToList(),
            Themes = map.LocatedStringList("themes"),
            References = map.LocatedStringList("references"),
            Related = map.LocatedStringList("related"),
            Placements = map.MapList("placements").Select(ReadPlacement).OfType<PlacementEntry>().ToList(),
            Evidence = map.MapList("evidence").Select(ReadEvidence).OfType<EvidenceEntry>().ToList(),
            Facts = map.MapList("facts").Select(ReadFact).OfType<FactEntry>().ToList(),
            Timeline = map.MapList("timeline").Select(ReadTimelineEntry).OfType<TimelineEntry>().ToList(),
            Questions = map.StringList("questions"),
        };
        map.ReportUnknownKeys(FrontMatterKeys.Page);
        return title is null ? null : frontMatter;
    }

    /// <summary>The front matter keys BriefingGen knows, for scaffolding and documentation.</summary>
    public static IReadOnlyList<string> KnownKeys { get; } = FrontMatterKeys.Page.Names.ToList();

    private static ActorEntry? ReadActor(YamlMap map)
    {
        var name = map.String("name", required: true, owner: "an actor");
        var role = map.String("role") ?? "";
        map.ReportUnknownKeys(FrontMatterKeys.Actor);
        return name is null ? null : new ActorEntry(name, role);
    }

    private static PlacementEntry? ReadPlacement(YamlMap map)
    {
        var grid = map.LocatedString("grid", required: true, owner: "a placement");
        var cell = map.LocatedString("cell", required: true, owner: "a placement");
        var reason = map.String("reason", required: true, owner: "a placement");
        var judgement = map.LocatedString("judgement");
        map.ReportUnknownKeys(FrontMatterKeys.Placement);
        if (judgement is not null && !FrontMatterKeys.Placement["judgement"].Allowed.Contains(judgement.Value))
        {
            map.Diagnostics.Error(DiagnosticCodes.InvalidValue, judgement.Span,
                $"'judgement' must be 'editors' (the placement is the editors' reading) or 'source' (the source says so), not '{judgement.Value}'");
        }

        return grid is null || cell is null || reason is null
            ? null
            : new PlacementEntry(grid, cell, reason, judgement?.Value ?? "source", map.Span);
    }

    private static EvidenceEntry? ReadEvidence(YamlMap map)
    {
        var item = map.LocatedString("item", required: true, owner: "an evidence entry");
        var note = map.String("note") ?? "";
        map.ReportUnknownKeys(FrontMatterKeys.Evidence);
        return item is null ? null : new EvidenceEntry(item, note);
    }

    private static FactEntry? ReadFact(YamlMap map)
    {
        var label = map.String("label", required: true, owner: "a fact");
        var value = map.String("value", required: true, owner: "a fact");
        map.ReportUnknownKeys(FrontMatterKeys.Fact);
        return label is null || value is null ? null : new FactEntry(label, value);
    }

    private static TimelineEntry? ReadTimelineEntry(YamlMap map)
    {
        var date = map.String("date", required: true, owner: "a timeline entry");
        var text = map.String("event", required: true, owner: "a timeline entry");
        map.ReportUnknownKeys(FrontMatterKeys.TimelineEntry);
        return date is null || text is null ? null : new TimelineEntry(date, text);
    }
}
