using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;
using BriefingGen.Diagnostics;
using BriefingGen.Loading;
using BriefingGen.Rendering;

namespace BriefingGen.Checking;

/// <summary>
/// Reads every written page with AngleSharp and checks that each internal link and <c>#fragment</c>
/// resolves to a written file and an existing id. External addresses are not fetched.
/// </summary>
public static class LinkChecker
{
    /// <param name="laterFiles">Files written after rendering (the PDFs) that pages may link to.</param>
    /// <param name="read">Reads a page's ids and links; a cache may answer for pages it has read before.</param>
    public static void Check(IReadOnlyList<RenderedPage> pages, IReadOnlyList<AssetFile> assets, IReadOnlyList<string> laterFiles,
        DiagnosticBag diagnostics, Func<RenderedPage, HtmlParser, PageLinks>? read = null)
    {
        read ??= (page, parser) => Read(page.Html, parser);
        var ids = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        var found = new PageLinks[pages.Count];
        Parallel.For(0, pages.Count, () => new HtmlParser(), (i, _, parser) =>
        {
            found[i] = read(pages[i], parser);
            return parser;
        }, _ => { });

        for (var i = 0; i < pages.Count; i++)
        {
            ids[pages[i].OutputPath] = found[i].Ids;
        }

        var links = found.Select((f, i) => f.Urls.Select(url => (Page: pages[i], Url: url)).ToList()).ToList();

        var files = assets.Select(a => a.OutputPath).Concat(laterFiles).ToHashSet(StringComparer.Ordinal);
        foreach (var (page, url) in links.SelectMany(l => l))
        {
            // Links to Markdown files that do not resolve are reported by the model at their line already.
            if (IsExternal(url) || url.Split('#')[0].EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var hash = url.IndexOf('#');
            var path = hash < 0 ? url : url[..hash];
            var fragment = hash < 0 ? null : Uri.UnescapeDataString(url[(hash + 1)..]);
            var target = path.Length == 0 ? page.OutputPath : Resolve(page.OutputPath, path.Split('?')[0]);
            if (target is null || (!ids.ContainsKey(target) && !files.Contains(target)))
            {
                diagnostics.Error(DiagnosticCodes.BrokenLink, SourceSpan.File(page.Origin),
                    $"the page {page.OutputPath} links to '{url}', which the build does not write");
                continue;
            }

            if (!string.IsNullOrEmpty(fragment) && ids.TryGetValue(target, out var targetIds) && !targetIds.Contains(fragment))
            {
                diagnostics.Error(DiagnosticCodes.BrokenFragment, SourceSpan.File(page.Origin),
                    $"the page {page.OutputPath} links to '{url}', but {target} has no element with id '{fragment}'");
            }
        }
    }

    /// <summary>
    /// The ids of a page's elements and the URLs of its links, stylesheets and images. AngleSharp's tokenizer reads
    /// the tags and their decoded attributes without building a document tree, which is most of a parse's cost.
    /// </summary>
    public static PageLinks Read(string html, HtmlParser parser)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var urls = new List<string>();
        var tokenizer = new HtmlTokenizer(new TextSource(html), HtmlEntityProvider.Resolver) { SkipDataText = true, SkipComments = true };
        while (tokenizer.Get() is var token && token.Type != HtmlTokenType.EndOfFile)
        {
            if (token.Type != HtmlTokenType.StartTag)
            {
                continue;
            }

            var tag = token.AsTag();
            string? rel = null;
            string? href = null;
            foreach (var attribute in tag.Attributes)
            {
                switch (attribute.Name)
                {
                    case "id":
                        ids.Add(attribute.Value);
                        break;
                    case "href" or "src":
                        href = attribute.Value;
                        urls.Add(attribute.Value);
                        break;
                    case "rel":
                        rel = attribute.Value;
                        break;
                }
            }

            // <link rel="canonical"> and the like name addresses, not files the site must have.
            if (tag.Data == "link" && href is not null && rel is not ("stylesheet" or "icon"))
            {
                urls.RemoveAt(urls.Count - 1);
            }

            // As the tree builder would, read the text of these elements as text, not as tags.
            tokenizer.State = tag.Data switch
            {
                "script" => HtmlParseMode.Script,
                "style" or "noscript" or "xmp" or "iframe" or "noembed" or "noframes" => HtmlParseMode.Rawtext,
                "textarea" or "title" => HtmlParseMode.RCData,
                _ => tokenizer.State,
            };
        }

        return new PageLinks(ids, urls);
    }

    private static bool IsExternal(string url) =>
        url.StartsWith("//", StringComparison.Ordinal) || (url.Contains(':') && url.IndexOf(':') < (url.IndexOfAny(['/', '#', '?']) is var i and >= 0 ? i : url.Length));

    /// <summary>The output path a relative link from <paramref name="fromFile"/> leads to, or null when it leaves the site.</summary>
    public static string? Resolve(string fromFile, string relative)
    {
        var parts = fromFile.Split('/')[..^1].ToList();
        var segments = Uri.UnescapeDataString(relative).Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            switch (segments[i])
            {
                case ".":
                    break;
                case "":
                    if (i == 0)
                    {
                        return null;
                    }

                    break;
                case "..":
                    if (parts.Count == 0)
                    {
                        return null;
                    }

                    parts.RemoveAt(parts.Count - 1);
                    break;
                default:
                    parts.Add(segments[i]);
                    break;
            }
        }

        var path = string.Join('/', parts);
        return relative.EndsWith('/') || path.Length == 0 ? (path.Length == 0 ? "index.html" : path + "/index.html") : path;
    }
}
