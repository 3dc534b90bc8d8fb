namespace BriefingGen.Tests.Browser;

/// <summary>One page of every kind the bundled site has, by name and site path.</summary>
public static class SitePages
{
    public const string Home = "index.html";
    public const string SectionList = "case-studies/";
    public const string CaseStudy = "case-studies/st-marys-estate/";
    public const string Briefing = "briefings/birmingham-co-production/";
    public const string Perspective = "perspectives/citizenship-and-empowerment/";
    public const string GridIndex = "grids/";
    public const string Definitions = "definitions/";
    public const string Comparison = "definitions/co-production/";
    public const string Grid = "grids/change-grid/";
    public const string Table = "tables/benefits-and-risks/";
    public const string Figure = "figures/can-make-a-difference/";
    public const string Bibliography = "bibliography/";
    public const string Theme = "themes/resident-participation/";
    public const string Search = "search/";
    public const string NotFound = "404.html";
    public const string Paper = "case-studies/st-marys-estate/paper/";
    public const string Handout = "case-studies/st-marys-estate/handout/";
    public const string Packs = "packs/";
    public const string Pack = "packs/roundtable-pack/";

    /// <summary>The print editions, shown on screen as sheets: documents on their own, without the site's header and footer.</summary>
    public static bool IsPrint(string path) => path is Paper or Handout or Pack;

    /// <summary>Every kind of page; the search page only when the site was indexed.</summary>
    public static IReadOnlyList<(string Name, string Path)> All(bool withSearch)
    {
        var pages = new List<(string, string)>
        {
            ("home", Home),
            ("section list", SectionList),
            ("case study", CaseStudy),
            ("briefing", Briefing),
            ("perspective", Perspective),
            ("grid index", GridIndex),
            ("definitions", Definitions),
            ("term comparison", Comparison),
            ("grid", Grid),
            ("table", Table),
            ("figure", Figure),
            ("bibliography", Bibliography),
            ("theme", Theme),
            ("packs", Packs),
            ("404", NotFound),
            ("paper", Paper),
            ("handout", Handout),
            ("pack", Pack),
        };
        if (withSearch)
        {
            pages.Insert(pages.IndexOf(("404", NotFound)), ("search", Search));
        }

        return pages;
    }
}
