namespace BriefingGen.Model;

/// <summary>What a page is; it picks the default layout and how the page is listed.</summary>
public enum PageKind
{
    Home,
    Section,
    CaseStudy,
    Briefing,
    Perspective,
    Page,
    Definitions,
    Term,
    GridIndex,
    Grid,
    TableIndex,
    Table,
    FigureIndex,
    Figure,
    Bibliography,
    ThemeIndex,
    Theme,
    TimelineIndex,
    Timeline,
    NotFound,
    Paper,
    Handout,
    Pack,
    Sitemap,
    Feed,
    Search,
    PackIndex,
}

/// <summary>Names of page kinds as templates and front matter write them.</summary>
public static class PageKinds
{
    public static string Name(PageKind kind) => Names[(int)kind];

    // A data kind's index is "grid-index"; worked out once, since every page's model and fingerprint names its kind.
    private static readonly string[] Names = Enum.GetValues<PageKind>().Select(kind => kind switch
    {
        PageKind.CaseStudy => "case-study",
        PageKind.NotFound => "not-found",
        _ when kind.ToString() is var name && name.EndsWith("Index", StringComparison.Ordinal) => name[..^"Index".Length].ToLowerInvariant() + "-index",
        _ => kind.ToString().ToLowerInvariant(),
    }).ToArray();

    public static IReadOnlyList<PageKind> All { get; } = Enum.GetValues<PageKind>();

    /// <summary>The kinds an editor may give in front matter.</summary>
    public static PageKind? FromFrontMatter(string value) => value switch
    {
        "case-study" => PageKind.CaseStudy,
        "briefing" => PageKind.Briefing,
        "perspective" => PageKind.Perspective,
        "page" => PageKind.Page,
        _ => null,
    };

    /// <summary>The default kind of a page in a section folder.</summary>
    public static PageKind FromSection(string section) => section switch
    {
        "case-studies" => PageKind.CaseStudy,
        "briefings" => PageKind.Briefing,
        "perspectives" => PageKind.Perspective,
        _ => PageKind.Page,
    };
}
