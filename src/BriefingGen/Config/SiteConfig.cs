namespace BriefingGen.Config;

/// <summary>The settings of one site, read from <c>site.config.yml</c>.</summary>
public sealed record SiteConfig
{
    /// <summary>The text of site.config.yml, so that diagnostics in it count columns as an editor does; null without one.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string? Text { get; init; }

    public string Title { get; init; } = "Briefings";
    public string Description { get; init; } = "";
    public string Language { get; init; } = "en";
    /// <summary>Where <c>language</c> is set in the config, for diagnostics about it; null when it is not set.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public Diagnostics.SourceSpan? LanguageAt { get; init; }
    /// <summary>The absolute address the site is published at (ends with '/'), or null when unknown.</summary>
    public string? BaseUrl { get; init; }
    public string Author { get; init; } = "";
    public string Organisation { get; init; } = "";
    public string Output { get; init; } = "_site";
    public IReadOnlyList<MenuItem> Menu { get; init; } = [];
    /// <summary>A pattern with <c>{path}</c> (the page's source path from the site root), e.g. a git host's edit URL.</summary>
    public string? EditLink { get; init; }
    public bool UnsafeHtml { get; init; }
    /// <summary>Whether files a browser runs (<c>.html</c>, <c>.js</c>, SVG with scripts...) may be published from <c>content/</c>.</summary>
    public bool ActiveContent { get; init; }
    public Limits Limits { get; init; } = new();
    public PrintSettings Print { get; init; } = new();
    /// <summary>Where Pagefind is, when it is neither in the site's node_modules nor on PATH.</summary>
    public string? Pagefind { get; init; }
    public IReadOnlyList<PackConfig> Packs { get; init; } = [];
    /// <summary>Whether pages that are shared get a social card image (<c>social_cards</c>, default true); made only with a base URL.</summary>
    public bool SocialCards { get; init; } = true;
}

/// <summary>Whether print editions are made, their paper size, and where Chromium is when it is not on PATH.</summary>
public sealed record PrintSettings
{
    /// <summary>
    /// Whether the paper, handout and pack pages are made (<c>editions: true</c>, or <c>build --pdf</c>); without them a
    /// build makes the web pages only, and they link to no print edition.
    /// </summary>
    public bool Editions { get; init; }

    /// <summary><c>A4</c> or <c>Letter</c>.</summary>
    public string Paper { get; init; } = "A4";
    public string? Browser { get; init; }
}

/// <summary>A briefing pack: one PDF of several papers, with a cover, contents, and a shared bibliography and glossary.</summary>
public sealed record PackConfig(string Id, string Title, string? Introduction, IReadOnlyList<Yaml.Located<string>> Pages, Diagnostics.SourceSpan Span)
{
    /// <summary>The pack's own date (<c>date:</c>), shown on its cover; without it the newest page's date is.</summary>
    public DateOnly? Date { get; init; }
}

/// <summary>One entry of the header menu: a label and a site path (<c>/case-studies/</c>) or an absolute URL.</summary>
public sealed record MenuItem(string Title, string Url)
{
    /// <summary>Where the entry's url is written in site.config.yml, so that a broken one is reported there once.</summary>
    public Diagnostics.SourceSpan? Span { get; init; }
}

/// <summary>Bounds on input, so that hostile or accidental huge files end in a clear error.</summary>
public sealed record Limits
{
    public const int DefaultMaxLineLength = 20_000;
    public const int DefaultMaxTextLength = 100_000;

    public long MaxFileBytes { get; init; } = 10 * 1024 * 1024;

    /// <summary>Longer lines in a page body are refused: they make Markdown parsing slow.</summary>
    public int MaxLineLength { get; init; } = DefaultMaxLineLength;

    /// <summary>
    /// The most a build may write, all files together (1 GiB by default): one huge data text embedded in many pages
    /// would otherwise fill the disk. Counted as pages are written; the build that passes it fails and is not swapped in.
    /// </summary>
    public long MaxOutputBytes { get; init; } = 1L << 30;

    /// <summary>Longer texts in a data file (a cell, a definition, a note) are refused: each is embedded wherever it is used.</summary>
    public int MaxTextLength { get; init; } = DefaultMaxTextLength;
}
