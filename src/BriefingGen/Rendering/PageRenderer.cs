using BriefingGen.Diagnostics;
using BriefingGen.Model;
using Markdig;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace BriefingGen.Rendering;

/// <summary>Renders every page through its layout, in parallel; template errors are reported at the template's line and column.</summary>
public sealed class PageRenderer(Site site, TemplateCatalog templates, MarkdownPipeline pipeline, DiagnosticBag diagnostics, bool pdfsEnabled = false,
    Model.Language.InterfaceText? text = null, Images.ImageSizes? images = null)
{
    /// <summary>Bounds on template work per page, so that a loop or recursion in a template ends in an error, not a hang.</summary>
    public const int LoopLimit = 100_000;

    /// <summary>
    /// The loop bound of this site's pages. Scriban counts the iterations of nested loops together, and the item templates
    /// (a "used on" list of each term, say) loop inside their page's loop, so a page listing the whole site iterates in
    /// proportion to it: at 10,000 pages the definitions and bibliography pages passed a fixed 100,000.
    /// </summary>
    public int SiteLoopLimit { get; } = (int)Math.Min(int.MaxValue, LoopLimit + 100L * site.Pages.Count);
    public const int RecursionLimit = 64;

    /// <summary>The most characters one page may render (captures count too); past it the page is an error, never cut short.</summary>
    public const int OutputLimit = 64 * 1024 * 1024;

    private readonly SharedRenders _shared = new();

    // Template contexts of pages that rendered without an error, reset for the next page (see HtmlTemplateContext.Reset).
    private readonly System.Collections.Concurrent.ConcurrentBag<HtmlTemplateContext> _contexts = [];

    /// <summary>Whether pages link to the PDFs this build prints.</summary>
    public bool PdfsEnabled => pdfsEnabled;

    /// <summary>
    /// Runs <paramref name="render"/> with the page's render context set up as its layout would have it (the theme's
    /// item templates and the template functions ready): for tools and tests that render a part of a page.
    /// </summary>
    public T WithContext<T>(Page page, Func<RenderContext, T> render)
    {
        var (context, templateContext, globals) = Prepare(page);
        templateContext.PushGlobal(globals);
        return render(context);
    }

    // A page's render context and template context, with the functions its templates and item templates use.
    private (RenderContext Context, HtmlTemplateContext TemplateContext, ScriptObject Globals) Prepare(Page page)
    {
        var context = new RenderContext(site, page, pipeline, pdfsEnabled, text, _shared) { Images = images ?? Images.ImageSizes.None };
        context.Reads(DependencyKeys.Config);
        context.Reads(DependencyKeys.Text);
        context.Reads(DependencyKeys.Page(page.Url));
        if (!_contexts.TryTake(out var templateContext))
        {
            templateContext = new HtmlTemplateContext
            {
                LoopLimit = SiteLoopLimit,
                RecursiveLimit = RecursionLimit,
                LimitToString = 0,
                RegexTimeOut = TimeSpan.FromMilliseconds(200),
                OutputLimit = OutputLimit,
                OnOutputLimit = Scriban.ScriptLimitBehavior.Throw,
                NewLine = "\n",
            };
        }

        templateContext.RenderContext = context;
        templates.Prime(templateContext);
        context.Templates = new ThemeTemplates(templates, templateContext);
        // The functions come first: the page's body renders item templates, which use them too.
        var globals = new ScriptObject();
        globals["include"] = new RawInclude((IScriptCustomFunction)templateContext.BuiltinObject["include"]!);
        globals.SetValue("raw", PageFunctions["raw"], readOnly: true);
        globals.SetValue("relurl", PageFunctions["relurl"], readOnly: true);
        globals.SetValue("t", PageFunctions["t"], readOnly: true);
        globals.SetValue("t_count", PageFunctions["t_count"], readOnly: true);
        globals.SetValue("t_css", PageFunctions["t_css"], readOnly: true);
        globals.SetValue("t_and", PageFunctions["t_and"], readOnly: true);
        globals.SetValue("id_prefix", PageFunctions["id_prefix"], readOnly: true);
        return (context, templateContext, globals);
    }

    /// <summary>The page with its HTML, or null when it could not be rendered (the error is reported).</summary>
    public RenderedPage? Render(Page page)
    {
        string? html = null;
        return Render(page, (_, text) => html = text.ToString()) is { } rendered ? rendered with { Html = html! } : null;
    }

    /// <summary>What is done with a page's HTML while it is still in the render's buffer, which is reused once this returns.</summary>
    public delegate void PageHtml(RenderedPage page, ReadOnlySpan<char> html);

    /// <summary>
    /// Renders the page and hands its HTML to <paramref name="use"/> from the render's own buffer; the page returned holds
    /// no HTML. A build writes and reads each page from there: a page copied into a string of its own was a sixth of
    /// what rendering allocated.
    /// </summary>
    public RenderedPage? Render(Page page, PageHtml use)
    {
        var output = TextBuffers.Rent();
        var body = TextBuffers.Rent(); // the page's Markdown body, held until the page is written
        try
        {
            if (RenderInto(page, output, body) is not { } rendered)
            {
                return null;
            }

            try
            {
                PageText.Use(output, html => use(rendered, html));
            }
            catch (OutOfMemoryException e)
            {
                diagnostics.Error(DiagnosticCodes.PageTooLarge, SourceSpan.File(page.SourcePath ?? page.Url), TooLarge.Message(e, "render"));
                return null;
            }

            return rendered;
        }
        finally
        {
            TextBuffers.Return(body);
            TextBuffers.Return(output);
        }
    }

    // Renders the page into output (its HTML) and body (its Markdown body's); null when it could not.
    private RenderedPage? RenderInto(Page page, System.Text.StringBuilder output, System.Text.StringBuilder body)
    {
        var tried = new List<string>();
        var layout = LayoutFor(page, tried);
        if (layout is null)
        {
            return null;
        }

        var (context, templateContext, globals) = Prepare(page);
        foreach (var name in tried)
        {
            context.Reads(DependencyKeys.Template(name));
        }

        templateContext.PushOutput(new AppendingOutput(output));
        try
        {
            templateContext.PushGlobal(globals);
            globals["site"] = PageModel.Site(context);
            globals["page"] = PageData(page, context, body);
            templateContext.RenderLayout(layout);
            templateContext.Reset();
            _contexts.Add(templateContext);
            var origin = OriginOf(page, layout);
            return new RenderedPage(page.OutputPath, origin, "")
            {
                Files = CitationPages.HasCitation(page) ? CitationFilesOf(page, origin, context) : [],
                Layout = layout.SourceFilePath,
                Dependencies = context.Dependencies(),
                RootPath = context.AbsoluteBase,
            };
        }
        catch (ScriptRuntimeException e)
        {
            diagnostics.Error(DiagnosticCodes.TemplateRuntime, TemplateCatalog.Locate(e.Span, "templates"),
                $"template error while rendering {page.SourcePath ?? "/" + page.Url}: {e.OriginalMessage}");
            return null;
        }
        catch (ArgumentException e) when (e.Message.Contains("too deeply nested", StringComparison.Ordinal))
        {
            // Markdig's renderer limit, reached by a data text (a cell, a definition) the page embeds: pages are checked when read.
            diagnostics.Error(DiagnosticCodes.MarkdownTooDeep, SourceSpan.File(page.SourcePath ?? page.Url),
                "this page shows Markdown nested too deeply to render (emphasis, links or lists inside each other), from its text or a data text it embeds");
            return null;
        }
        catch (Exception e) when (e is OutOfMemoryException or InsufficientExecutionStackException)
        {
            diagnostics.Error(DiagnosticCodes.PageTooLarge, SourceSpan.File(page.SourcePath ?? page.Url), TooLarge.Message(e, "render"));
            return null;
        }
        catch (Exception e)
        {
            diagnostics.Error(DiagnosticCodes.InternalError, SourceSpan.File(page.SourcePath ?? page.Url),
                $"internal error while rendering this page: {e.GetType().Name}: {e.Message}");
            return null;
        }
    }

    // The page's citation files, made from what its "Cite this page" box shows, so they read only what the page read.
    private static Loading.AssetFile[] CitationFilesOf(Page page, string origin, RenderContext context)
    {
        var citation = PageCitation.Of(page, context.Site, context.Text);
        return CitationPages.Files
            .Select(f => new Loading.AssetFile(page.Url + f.FileName, origin, Utf8.GetBytes(CitationFiles.Text(citation, f.Format))))
            .ToArray();
    }

    private static readonly System.Text.UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    // Made once: Scriban builds a function from a delegate by reflection, which per page was 6% of rendering.
    private static readonly ScriptObject PageFunctions = MakePageFunctions();

    private static ScriptObject MakePageFunctions()
    {
        var functions = new ScriptObject();
        functions.SetValue("raw", TemplateFunction.Raw, readOnly: true);
        functions.SetValue("relurl", TemplateFunction.RelUrl, readOnly: true);
        functions.SetValue("id_prefix", TemplateFunction.IdPrefix, readOnly: true);
        functions.SetValue("t", InterfaceFunctions.TFunction, readOnly: true);
        functions.SetValue("t_count", InterfaceFunctions.TCountFunction, readOnly: true);
        functions.SetValue("t_css", InterfaceFunctions.TCssFunction, readOnly: true);
        functions.SetValue("t_and", InterfaceFunctions.TAndFunction, readOnly: true);
        return functions;
    }

    // The file an editor would open to change the page: its Markdown (a print edition's source page's), else its layout.
    private string OriginOf(Page page, Scriban.Template layout) =>
        page.SourcePath ?? site.SourceOf(page)?.SourcePath ?? layout.SourceFilePath ?? page.Url;

    private ScriptObject PageData(Page page, RenderContext context, System.Text.StringBuilder bodyBuffer)
    {
        switch (page.Kind)
        {
            case PageKind.Paper or PageKind.Handout:
                return PrintModel.Paper(context, context.FindPage(page.ItemId!)!);
            case PageKind.Pack:
                context.Reads(DependencyKeys.Pack(page.ItemId!));
                return PrintModel.Pack(context, site.Packs.First(p => p.Id == page.ItemId));
            default:
                return context.BodyOf(page) is { } body
                    ? PageModel.Page(context, BriefingHtmlRenderer.RenderBody(body, context, bodyBuffer))
                    : PageModel.Page(context, GeneratedContent.Render(page, context));
        }
    }

    // The layouts tried are added to tried: a page depends on those it did not find too, as a site may add one.
    private Scriban.Template? LayoutFor(Page page, List<string> tried)
    {
        if (page.Layout is { } requested)
        {
            var name = $"layouts/{requested.Value}.html";
            tried.Add(name);
            if (templates.Get(name) is { } chosen)
            {
                return chosen;
            }

            if (!templates.Has(name))
            {
                diagnostics.Error(DiagnosticCodes.UnknownLayout, requested.Span,
                    $"no layout '{requested.Value}': add templates/{name}, or use one of: {string.Join(", ", LayoutNames())}");
            }

            return null;
        }

        foreach (var name in Candidates(page))
        {
            tried.Add(name);
            if (templates.Get(name) is { } template)
            {
                return template;
            }

            if (templates.Has(name))
            {
                return null; // it exists but did not parse; that error is already reported
            }
        }

        diagnostics.Error(DiagnosticCodes.UnknownLayout, SourceSpan.File(page.SourcePath ?? "templates"),
            $"no layout for this page: tried {string.Join(", ", Candidates(page))}");
        return null;
    }

    private IEnumerable<string> LayoutNames() =>
        templates.Names.Where(n => n.StartsWith("layouts/", StringComparison.Ordinal) && n.EndsWith(".html", StringComparison.Ordinal))
            .Select(n => n["layouts/".Length..^".html".Length]);

    private static IEnumerable<string> Candidates(Page page)
    {
        var kind = PageKinds.Name(page.Kind);
        if (page.Kind == PageKind.Section)
        {
            yield return $"layouts/{page.Section}-list.html";
            yield return "layouts/list.html";
            yield break;
        }

        if (page.SourcePath is not null && page.Section.Length > 0 && page.Kind != PageKind.Home)
        {
            yield return $"layouts/{page.Section}.html";
        }

        if (page.Kind is PageKind.Sitemap or PageKind.Feed)
        {
            yield return $"layouts/{kind}.xml";
            yield break;
        }

        yield return $"layouts/{kind}.html";
        yield return "layouts/page.html";
    }
}

/// <summary>A rendered page: where it is written, what it came from, and its HTML.</summary>
public sealed record RenderedPage(string OutputPath, string Origin, string Html)
{
    /// <summary>The layout the page was rendered with (its display path), where links not written in the page's Markdown come from.</summary>
    public string? Layout { get; init; }

    /// <summary>Files written beside the page and made with it (its citation files), reused with it when it is not rendered again.</summary>
    public IReadOnlyList<Loading.AssetFile> Files { get; init; } = [];

    /// <summary>What the page read while it rendered; empty for a page not made by rendering.</summary>
    public PageDependencies Dependencies { get; init; } = new([]);

    /// <summary>The path the page's links start from (<c>/briefings/</c>) when they start from the site's root rather than from the page: the 404 page's.</summary>
    public string? RootPath { get; init; }
}
