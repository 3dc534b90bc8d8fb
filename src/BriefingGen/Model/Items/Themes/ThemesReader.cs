using BriefingGen.Diagnostics;
using BriefingGen.Parsing;

namespace BriefingGen.Model.Data;

/// <summary>Reads <c>themes</c> data: topics with a title and a description.</summary>
public static class ThemesReader
{
    public static List<Theme> Read(IReadOnlyList<ParsedDataFile> files, DiagnosticBag diagnostics)
    {
        var themes = DataItems.MapsOfKind(files, "themes", diagnostics).Select(map =>
        {
            var id = DataItems.Id(map, "every theme");
            var title = map.String("title", required: true, owner: "every theme");
            var theme = new Theme(id ?? "", title ?? "", map.String("description"), map.Span);
            map.ReportUnknownKeys(Items.Themes.ThemeKeys.Theme);
            return id is null || title is null ? null : theme;
        }).OfType<Theme>();
        return DataItems.Unique(themes, t => t.Id, t => t.Span, "theme", diagnostics);
    }
}
