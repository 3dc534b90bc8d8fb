namespace BriefingGen.Tests.Browser;

/// <summary>One page of every kind the bundled site has, by name and site path.</summary>
public static class SitePages
{
    public const string Home = "index.html";
    public const string SectionList = "case-studies/";
    public const string CaseStudy = "case-studies/st-marys-estate/";
    public const string Briefing = "briefings/birmingham-co-production/";
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

    /// <summary>Every kind of page; the search page only when the site was indexed.</summary>
    public static IReadOnlyList<(string Name, string Path)> All(bool withSearch)
    {
        var pages = new List<(string, string)>
        {
            ("home", Home),
            ("section list", SectionList),
            ("case study", CaseStudy),
            ("briefing", Briefing),
            ("definitions", Definitions),
            ("term comparison", Comparison),
            ("grid", Grid),
            ("table", Table),
            ("figure", Figure),
            ("bibliography", Bibliography),
            ("theme", Theme),
            ("404", NotFound),
            ("paper", Paper),
        };
        if (withSearch)
        {
            pages.Insert(11, ("search", Search));
        }

        return pages;
    }
}
