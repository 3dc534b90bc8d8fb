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
    NotFound,
    Paper,
    Handout,
    Pack,
    Sitemap,
    Feed,
    Search,
}

/// <summary>Names of page kinds as templates and front matter write them.</summary>
public static class PageKinds
{
    public static string Name(PageKind kind) => kind switch
    {
        PageKind.CaseStudy => "case-study",
        PageKind.GridIndex => "grid-index",
        PageKind.TableIndex => "table-index",
        PageKind.FigureIndex => "figure-index",
        PageKind.ThemeIndex => "theme-index",
        PageKind.NotFound => "not-found",
        _ => kind.ToString().ToLowerInvariant(),
    };

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
