using BriefingGen.Diagnostics;
using BriefingGen.Files;
using BriefingGen.Yaml;

namespace BriefingGen.Config;

/// <summary>Reads <c>site.config.yml</c> into a <see cref="SiteConfig"/>, reporting unknown keys and wrong types at their place.</summary>
public static class ConfigLoader
{
    public const string FileName = "site.config.yml";
    private const long MaxBytes = 1024 * 1024;

    public static SiteConfig Load(string siteRoot, DiagnosticBag diagnostics)
    {
        var path = System.IO.Path.Combine(siteRoot, FileName);
        var entry = FileEntry.Probe(path);
        if (entry.Kind == EntryKind.Missing)
        {
            diagnostics.Warning(DiagnosticCodes.ConfigMissing, SourceSpan.File(FileName),
                $"no {FileName} in the site folder; using default settings");
            return new SiteConfig();
        }

        if (entry.Kind == EntryKind.SymbolicLink)
        {
            var root = RealPath.Resolve(siteRoot);
            path = RealPath.Resolve(path) ?? "";
            if (root is null || !RealPath.IsInside(path, root))
            {
                diagnostics.Error(DiagnosticCodes.UnsafePath, SourceSpan.File(FileName),
                    $"{FileName} is a symbolic link that leads outside the site folder or to nothing; BriefingGen reads only files inside the site");
                return new SiteConfig();
            }
        }

        var text = TextFile.Read(path, FileName, diagnostics, maxBytes: MaxBytes);
        return text is null ? new SiteConfig() : Parse(text, diagnostics) with { Text = text };
    }

    public static SiteConfig Parse(string text, DiagnosticBag diagnostics)
    {
        var root = YamlText.Parse(text, FileName, 0, diagnostics);
        var map = YamlMap.From(root, FileName, 0, diagnostics, FileName);
        if (map is null)
        {
            return new SiteConfig();
        }

        var defaults = new SiteConfig();
        var config = new SiteConfig
        {
            Title = map.String("title") ?? defaults.Title,
            Description = map.String("description") ?? "",
            Language = map.String("language") ?? defaults.Language,
            LanguageAt = map.Has("language") ? map.SpanOf("language") : null,
            BaseUrl = ReadBaseUrl(map),
            Author = map.String("author") ?? "",
            Organisation = map.String("organisation") ?? "",
            Output = map.String("output") ?? defaults.Output,
            Menu = ReadMenu(map),
            EditLink = ReadEditLink(map),
            UnsafeHtml = ReadMarkdown(map),
            ActiveContent = ReadSecurity(map),
            Limits = ReadLimits(map),
            Print = ReadPrint(map),
            Pagefind = ReadSearch(map),
            Packs = ReadPacks(map),
            SocialCards = map.Bool("social_cards") ?? true,
        };
        map.ReportUnknownKeys(ConfigKeys.Site);
        return config;
    }

    /// <summary>Normalises a base URL given on the command line or in the config; null when it is not an absolute http(s) URL.</summary>
    public static string? NormaliseBaseUrl(string value)
    {
        if (!Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != "http" && uri.Scheme != "https"))
        {
            return null;
        }

        var text = uri.GetLeftPart(UriPartial.Path);
        return text.EndsWith('/') ? text : text + "/";
    }

    private static string? ReadBaseUrl(YamlMap map)
    {
        var value = map.String("base_url");
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var normalised = NormaliseBaseUrl(value);
        if (normalised is null)
        {
            map.Diagnostics.Error(DiagnosticCodes.InvalidValue, map.SpanOf("base_url"),
                $"'base_url' must be an absolute http or https address such as https://example.org/briefings/, not '{value}'");
        }

        return normalised;
    }

    private static IReadOnlyList<MenuItem> ReadMenu(YamlMap map)
    {
        var items = new List<MenuItem>();
        foreach (var entry in map.MapList("menu"))
        {
            var title = entry.String("title", required: true, owner: "a menu entry");
            var url = entry.String("url", required: true, owner: "a menu entry");
            entry.ReportUnknownKeys(ConfigKeys.MenuEntry);
            if (title is null || url is null)
            {
                continue;
            }

            if (!url.StartsWith('/') && !url.StartsWith("https://", StringComparison.Ordinal) &&
                !url.StartsWith("http://", StringComparison.Ordinal))
            {
                map.Diagnostics.Error(DiagnosticCodes.InvalidValue, entry.SpanOf("url"),
                    $"a menu 'url' must be a site path starting with '/' (such as /case-studies/) or an http(s) address, not '{url}'");
                continue;
            }

            items.Add(new MenuItem(title, url) { Span = entry.SpanOf("url") });
        }

        return items;
    }

    private static string? ReadEditLink(YamlMap map)
    {
        var value = map.String("edit_link");
        if (value is not null && !value.StartsWith("https://", StringComparison.Ordinal) && !value.StartsWith("http://", StringComparison.Ordinal))
        {
            map.Diagnostics.Error(DiagnosticCodes.InvalidValue, map.SpanOf("edit_link"),
                "'edit_link' must be an http or https address containing {path}");
            return null;
        }

        if (value is not null && !value.Contains("{path}", StringComparison.Ordinal))
        {
            map.Diagnostics.Error(DiagnosticCodes.InvalidValue, map.SpanOf("edit_link"),
                "'edit_link' must contain {path}, which is replaced by the page's source path (e.g. https://git.example.org/forum/briefings/edit/main/{path})");
            return null;
        }

        return value;
    }

    private static bool ReadMarkdown(YamlMap map)
    {
        var markdown = map.Map("markdown");
        if (markdown is null)
        {
            return false;
        }

        var unsafeHtml = markdown.Bool("unsafe_html") ?? false;
        markdown.ReportUnknownKeys(ConfigKeys.Markdown);
        return unsafeHtml;
    }

    private static bool ReadSecurity(YamlMap map)
    {
        var security = map.Map("security");
        if (security is null)
        {
            return false;
        }

        var activeContent = security.Bool("active_content") ?? false;
        security.ReportUnknownKeys(ConfigKeys.Security);
        return activeContent;
    }

    private static PrintSettings ReadPrint(YamlMap map)
    {
        var print = map.Map("print");
        if (print is null)
        {
            return new PrintSettings();
        }

        var paper = print.LocatedString("paper");
        if (paper is not null && !ConfigKeys.Print["paper"].Allowed.Contains(paper.Value))
        {
            map.Diagnostics.Error(DiagnosticCodes.InvalidValue, paper.Span, $"'paper' must be A4 or Letter, not '{paper.Value}'");
            paper = null;
        }

        var settings = new PrintSettings { Editions = print.Bool("editions") ?? false, Paper = paper?.Value ?? "A4", Browser = print.String("browser") };
        print.ReportUnknownKeys(ConfigKeys.Print);
        return settings;
    }

    private static string? ReadSearch(YamlMap map)
    {
        var search = map.Map("search");
        var pagefind = search?.String("pagefind");
        search?.ReportUnknownKeys(ConfigKeys.Search);
        return pagefind;
    }

    private static IReadOnlyList<PackConfig> ReadPacks(YamlMap map)
    {
        var packs = new List<PackConfig>();
        foreach (var entry in map.MapList("packs"))
        {
            var id = entry.String("id", required: true, owner: "every pack");
            var title = entry.String("title", required: true, owner: "every pack");
            var introduction = entry.String("introduction");
            var date = entry.Date("date");
            var pages = entry.LocatedStringList("pages");
            entry.ReportUnknownKeys(ConfigKeys.Pack);
            if (id is not null && !System.Text.RegularExpressions.Regex.IsMatch(id, @"^[a-z0-9][a-z0-9_\-]*$"))
            {
                map.Diagnostics.Error(DiagnosticCodes.InvalidValue, entry.SpanOf("id"), $"a pack id is lower-case letters, digits, '-' and '_', not '{id}'");
                continue;
            }

            if (id is not null && title is not null)
            {
                if (pages.Count == 0)
                {
                    map.Diagnostics.Error(DiagnosticCodes.MissingRequiredField, entry.Span, $"pack '{id}' needs 'pages': the pages it holds, in order");
                }

                packs.Add(new PackConfig(id, title, introduction, pages, entry.Span) { Date = date });
            }
        }

        return packs;
    }

    private static Limits ReadLimits(YamlMap map)
    {
        var limits = map.Map("limits");
        if (limits is null)
        {
            return new Limits();
        }

        var maxBytes = limits.Integer("max_file_bytes");
        if (maxBytes is <= 0)
        {
            map.Diagnostics.Error(DiagnosticCodes.InvalidValue, limits.SpanOf("max_file_bytes"), "'max_file_bytes' must be a positive number of bytes");
            maxBytes = null;
        }

        var maxOutput = limits.Integer("max_output_bytes");
        if (maxOutput is <= 0)
        {
            map.Diagnostics.Error(DiagnosticCodes.InvalidValue, limits.SpanOf("max_output_bytes"), "'max_output_bytes' must be a positive number of bytes");
            maxOutput = null;
        }

        var result = new Limits
        {
            MaxFileBytes = maxBytes ?? new Limits().MaxFileBytes,
            MaxOutputBytes = maxOutput ?? new Limits().MaxOutputBytes,
            MaxLineLength = (int)Math.Clamp(limits.Integer("max_line_length") ?? Limits.DefaultMaxLineLength, 80, int.MaxValue),
            MaxTextLength = (int)Math.Clamp(limits.Integer("max_text_length") ?? Limits.DefaultMaxTextLength, 1_000, int.MaxValue),
        };
        limits.ReportUnknownKeys(ConfigKeys.Limits);
        return result;
    }
}
