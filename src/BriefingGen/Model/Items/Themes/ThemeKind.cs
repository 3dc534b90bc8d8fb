using BriefingGen.Model.Data;

namespace BriefingGen.Model.Items.Themes;

/// <summary>The themes kind: <c>data/themes.yml</c>, named in front matter, with an index and a page per theme listing its pages.</summary>
public static class ThemeKind
{
    public static DataKind<Theme> Kind { get; } = new("themes", "theme")
    {
        Keys = ThemeKeys.Theme,
        Reader = ThemesReader.Read,
        Url = GeneratedPages.ThemesUrl,
        IndexPage = PageKind.ThemeIndex,
        IndexTitle = "Themes",
        ItemPage = PageKind.Theme,
        LabelKey = "kind_theme",
        IsUsed = (t, uses) => uses.Links.ThemePages.ContainsKey(t.Id),
        UnusedMessage = t => $"no page has the theme '{t.Id}'",
    };
}
