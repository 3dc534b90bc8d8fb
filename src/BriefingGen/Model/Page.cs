using BriefingGen.Parsing;
using BriefingGen.Yaml;
using Markdig.Syntax;

namespace BriefingGen.Model;

/// <summary>One page of the site: written from a Markdown file, or made by the generator (lists, definitions, grids...).</summary>
public sealed record Page
{
    /// <summary>
    /// The site path (<c>case-studies/x/</c>; empty for the home page), in Unicode's composed form (NFC): a name written
    /// with "é" and one with "e" and a combining accent look the same to a reader, so they are one URL (and a clash).
    /// </summary>
    public required string Url
    {
        get;
        init
        {
            value = SitePath.Normalised(value);
            field = value;
            OutputPath = SitePath.FileOf(value);
            ListUrl = ListUrlOf(value);
        }
    }
    public required PageKind Kind { get; init; }
    public required string Title { get; init; }
    /// <summary>The top folder the page sits in (<c>case-studies</c>), empty at the root.</summary>
    public string Section { get; init; } = "";
    /// <summary>The Markdown file, from the site root; null for generated pages.</summary>
    public string? SourcePath { get; init; }
    public FrontMatter? FrontMatter { get; init; }
    /// <summary>The Markdown file's text, front matter included (what the page was parsed from).</summary>
    public string? SourceText { get; init; }
    public MarkdownDocument? Body { get; init; }
    public int BodyLineOffset { get; init; }
    public string? Summary { get; init; }
    /// <summary>The page's date at the precision written; <see cref="Date"/> is its first day, for sorting.</summary>
    public Yaml.WrittenDate? WrittenDate { get; init; }

    public DateOnly? Date => WrittenDate?.FirstDay;
    public IReadOnlyList<Parsing.Author> Authors { get; init; } = [];
    public long Weight { get; init; }
    /// <summary>The layout the front matter asks for, with its place (checked against the templates when rendering).</summary>
    public Located<string>? Layout { get; init; }
    /// <summary>For a generated page: the id of the data item it shows (a grid, a term...).</summary>
    public string? ItemId { get; init; }

    /// <summary>The file the page is written to (set with its URL, as every stage asks for it).</summary>
    public string OutputPath { get; private init; } = "";

    /// <summary>The URL of the list the page belongs to: its folder's (set with its URL, as lists and pagers ask for it).</summary>
    public string ListUrl { get; private init; } = "";

    /// <summary>The URL of the list a page at <paramref name="url"/> belongs to (a folder's list for a folder URL).</summary>
    public static string ListUrlOf(string url)
    {
        var trimmed = url.TrimEnd('/');
        var slash = trimmed.LastIndexOf('/');
        return slash < 0 ? "" : trimmed[..(slash + 1)];
    }

    public bool IsListing => Kind is PageKind.Home or PageKind.Section;

    /// <summary>A print edition (paper, handout, pack): made for A4 or Letter, not for the screen.</summary>
    public bool IsPrint => Kind is PageKind.Paper or PageKind.Handout or PageKind.Pack;
}
