using BriefingGen.Yaml;

namespace BriefingGen.Model.Items.Themes;

/// <summary>The keys of a theme in <c>themes.yml</c>, for the reader's unknown-key check and the schema.</summary>
public static class ThemeKeys
{
    public static MapShape Theme { get; } = new("a theme", "A topic that pages are filed under (front matter 'themes').",
    [
        ItemKeys.Id("theme"),
        new("title", ValueKind.Text, "The theme's title.") { Required = true },
        new("description", ValueKind.Text, "What the theme covers, shown on its page."),
    ]);
}
