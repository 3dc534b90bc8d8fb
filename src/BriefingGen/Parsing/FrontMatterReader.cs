using BriefingGen.Diagnostics;
using BriefingGen.Yaml;

namespace BriefingGen.Parsing;

/// <summary>Reads a front matter mapping into <see cref="FrontMatter"/>; null when the required title is missing.</summary>
public static class FrontMatterReader
{
    public static FrontMatter? Read(YamlMap map)
    {
        var title = map.String("title", required: true, owner: "every page");
        var texts = new List<Located<string>>();
        var summary = map.LocatedString("summary");
        AddText(texts, summary);
        var frontMatter = new FrontMatter
        {
            Title = title ?? "",
            Slug = map.LocatedString("slug"),
            Summary = summary?.Value,
            WrittenDate = map.WrittenDate("date"),
            Updated = map.WrittenDate("updated"),
            Authors = AuthorsReader.Read(map),
            Draft = map.Bool("draft") ?? false,
            Layout = map.LocatedString("layout"),
            Kind = map.LocatedString("kind"),
            Weight = map.Integer("weight"),
            Place = OneOrMore(map, "place"),
            Region = map.String("region"),
            Period = OneOrMore(map, "period"),
            Organisations = map.StringList("organisations"),
            Actors = map.MapList("actors").Select(a => ReadActor(a, texts)).OfType<ActorEntry>().ToList(),
            Themes = map.LocatedStringList("themes"),
            References = map.LocatedStringList("references"),
            Related = map.LocatedStringList("related"),
            Placements = map.MapList("placements").Select(p => ReadPlacement(p, texts)).OfType<PlacementEntry>().ToList(),
            Evidence = map.MapList("evidence").Select(e => ReadEvidence(e, texts)).OfType<EvidenceEntry>().ToList(),
            Facts = map.MapList("facts").Select(f => ReadFact(f, texts)).OfType<FactEntry>().ToList(),
            Timeline = map.MapList("timeline").Select(t => ReadTimelineEntry(t, texts)).OfType<TimelineEntry>().ToList(),
            Questions = Texts(texts, map.LocatedStringList("questions")),
            MarkdownTexts = texts,
        };
        map.ReportUnknownKeys(FrontMatterKeys.Page);
        return title is null ? null : frontMatter;
    }

    /// <summary>The front matter keys BriefingGen knows, for scaffolding and documentation.</summary>
    public static IReadOnlyList<string> KnownKeys { get; } = FrontMatterKeys.Page.Names.ToList();

    // A case may be in several places or run over several periods: a list is shown joined ("Leeds; Bradford").
    private static string? OneOrMore(YamlMap map, string key) =>
        map.StringList(key) is { Count: > 0 } values ? string.Join("; ", values) : null;

    private static void AddText(List<Located<string>> texts, Located<string>? text)
    {
        if (text is not null)
        {
            texts.Add(text);
        }
    }

    private static IReadOnlyList<string> Texts(List<Located<string>> texts, IReadOnlyList<Located<string>> list)
    {
        texts.AddRange(list);
        return list.Select(t => t.Value).ToList();
    }

    private static ActorEntry? ReadActor(YamlMap map, List<Located<string>> texts)
    {
        var name = map.String("name", required: true, owner: "an actor");
        var role = map.LocatedString("role");
        AddText(texts, role);
        var affiliation = map.LocatedString("affiliation");
        AddText(texts, affiliation);
        map.ReportUnknownKeys(FrontMatterKeys.Actor);
        return name is null ? null : new ActorEntry(name, role?.Value ?? "") { Affiliation = affiliation?.Value ?? "" };
    }

    private static PlacementEntry? ReadPlacement(YamlMap map, List<Located<string>> texts)
    {
        var grid = map.LocatedString("grid", required: true, owner: "a placement");
        var cell = map.LocatedString("cell", required: true, owner: "a placement");
        var located = map.LocatedString("reason", required: true, owner: "a placement");
        AddText(texts, located);
        var reason = located?.Value;
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

    private static EvidenceEntry? ReadEvidence(YamlMap map, List<Located<string>> texts)
    {
        var item = map.LocatedString("item", required: true, owner: "an evidence entry");
        var located = map.LocatedString("note");
        AddText(texts, located);
        var note = located?.Value ?? "";
        map.ReportUnknownKeys(FrontMatterKeys.Evidence);
        return item is null ? null : new EvidenceEntry(item, note);
    }

    private static FactEntry? ReadFact(YamlMap map, List<Located<string>> texts)
    {
        var label = map.String("label", required: true, owner: "a fact");
        var located = map.LocatedString("value", required: true, owner: "a fact");
        AddText(texts, located);
        var value = located?.Value;
        var sources = map.LocatedStringList("source");
        map.ReportUnknownKeys(FrontMatterKeys.Fact);
        return label is null || value is null ? null : new FactEntry(label, value) { Sources = sources };
    }

    private static TimelineEntry? ReadTimelineEntry(YamlMap map, List<Located<string>> texts)
    {
        var date = map.String("date", required: true, owner: "a timeline entry");
        var located = map.LocatedString("event", required: true, owner: "a timeline entry");
        AddText(texts, located);
        var text = located?.Value;
        map.ReportUnknownKeys(FrontMatterKeys.TimelineEntry);
        return date is null || text is null ? null : new TimelineEntry(date, text);
    }
}
