using BriefingGen.Yaml;

namespace BriefingGen.Parsing;

/// <summary>The keys of a page's front matter: what <see cref="FrontMatterReader"/> reads, reports unknown keys against, and the schema describes.</summary>
public static class FrontMatterKeys
{
    public static MapShape Actor { get; } = new("an actor", "A person or group, with the name (or pseudonym) the source uses.",
    [
        new("name", ValueKind.Text, "The name or pseudonym.") { Required = true },
        new("role", ValueKind.Text, "Their role, such as 'resident youth worker'."),
        new("affiliation", ValueKind.Text, "The organisation they belong to or speak for, such as 'Lambeth Council'."),
    ]);

    public static MapShape Placement { get; } = new("a placement", "Where the case sits on a grid of content/data/grids.yml.",
    [
        new("grid", ValueKind.Text, "The grid's id.") { Required = true },
        new("cell", ValueKind.Text, "The cell, as 'row-level-id/column-level-id'.") { Required = true },
        new("reason", ValueKind.Text, "One sentence on why the case sits there.") { Required = true },
        new("judgement", ValueKind.Text, "Whose reading the placement is: 'editors' (your reading) or 'source' (the source says so; the default).")
        {
            Allowed = ["editors", "source"],
        },
    ]);

    public static MapShape Evidence { get; } = new("an evidence entry", "A benefit/risk item of content/data/tables.yml this case gives evidence for.",
    [
        new("item", ValueKind.Text, "The item, as 'table-id/item-id'.") { Required = true },
        new("note", ValueKind.Text, "One sentence on how the case shows it."),
    ]);

    public static MapShape Fact { get; } = new("a fact", "A key fact, as a label and a value.",
    [
        new("label", ValueKind.Text, "What the fact is, such as 'Residents'.") { Required = true },
        new("value", ValueKind.Text, "Its value, such as '3000'.") { Required = true },
        new("source", ValueKind.TextList, "The id of the reference (content/data/references.yml) the fact is taken from, or a list of them."),
    ]);

    public static MapShape TimelineEntry { get; } = new("a timeline entry", "A dated event.",
    [
        new("date", ValueKind.Text, "The date as the source gives it, such as '2006' or 'spring 2008'.") { Required = true },
        new("event", ValueKind.Text, "What happened.") { Required = true },
    ]);

    public static MapShape Page { get; } = new("front matter", "The front matter of a BriefingGen page: YAML between '---' lines at the top of a content/**/*.md file.",
    [
        new("title", ValueKind.Text, "The page's title.") { Required = true },
        new("slug", ValueKind.Text, "The last part of the URL (default: the file name); one segment, no '/' or '..'."),
        new("summary", ValueKind.Text, "One or two sentences, shown in lists, handouts, search results and the meta description."),
        new("date", ValueKind.WrittenDate, "The page's date, YYYY, YYYY-MM or YYYY-MM-DD: shown at the precision written."),
        new("updated", ValueKind.WrittenDate, "When the page was last revised, YYYY, YYYY-MM or YYYY-MM-DD: shown as 'Updated' and used for the sitemap's lastmod and the feed's updated (default: the day the file was last committed, in a git work tree)."),
        AuthorsReader.Key("The authors: each a name, or {name, affiliation, url, orcid}; in the order a citation lists them."),
        new("draft", ValueKind.Boolean, "true leaves the page out of the build unless --drafts."),
        new("layout", ValueKind.Text, "A template in templates/layouts/ (without .html)."),
        new("kind", ValueKind.Text, "The kind of page (default from the section: case-studies/, briefings/, perspectives/).")
        {
            Allowed = ["case-study", "briefing", "perspective", "page"],
        },
        new("weight", ValueKind.Integer, "Order in lists: lower first; then newest date, then title."),
        new("place", ValueKind.TextList, "The estate, village or neighbourhood the case is about, or a list of them."),
        new("region", ValueKind.Text, "The region, such as 'South London'."),
        new("period", ValueKind.TextList, "The years the case covers, such as '2006-2013', or a list of periods."),
        new("organisations", ValueKind.TextList, "The organisations involved."),
        new("actors", ValueKind.MapList, "People and groups, with the names (or pseudonyms) the source uses.") { Entries = Actor },
        new("themes", ValueKind.TextList, "Theme ids from content/data/themes.yml."),
        new("references", ValueKind.TextList, "Reference ids from content/data/references.yml the page draws on."),
        new("related", ValueKind.TextList, "Other pages, as section/slug or slug."),
        new("placements", ValueKind.MapList, "Where the case sits on each grid of content/data/grids.yml.") { Entries = Placement },
        new("evidence", ValueKind.MapList, "Benefit/risk items of content/data/tables.yml this case gives evidence for.") { Entries = Evidence },
        new("facts", ValueKind.MapList, "Key facts, each a label and a value.") { Entries = Fact },
        new("timeline", ValueKind.MapList, "Dated events, dates as the source gives them.") { Entries = TimelineEntry },
        new("questions", ValueKind.TextList, "Roundtable discussion questions."),
    ]);
}
