using Scriban.Runtime;

namespace BriefingGen.Rendering;

/// <summary>
/// Renders a named theme template (an item, a generated page's body) with a model, inside the page's own template
/// context: the templates are parsed once per build by <see cref="TemplateCatalog"/>, and a page renders all its
/// items with the one context it already has, so an embed costs a model object and an output buffer, not a context.
/// </summary>
public sealed class ThemeTemplates(TemplateCatalog catalog, HtmlTemplateContext context)
{
    /// <summary>The template's output, as markup it has already escaped.</summary>
    public RawHtml Render(string name, ScriptObject model)
    {
        var template = catalog.Get(name) ?? throw new InvalidOperationException(
            catalog.Has(name) ? $"template {name} has syntax errors" : $"no template {name} in templates/ or the default theme");
        var buffer = TextBuffers.Rent();
        context.PushOutput(new StringBuilderOutput(buffer));
        context.PushGlobal(model);
        try
        {
            // Render returns the output and empties the buffer, which then goes back to the pool.
            return new RawHtml(template.Render(context));
        }
        finally
        {
            context.PopGlobal();
            context.PopOutput();
            TextBuffers.Return(buffer);
        }
    }

    public RawHtml Render(string name, string variable, object? value) => Render(name, new ScriptObject(1) { [variable] = value });

    /// <summary>
    /// An inline template's output (a term link, a citation, a bibliography entry) without the newline that ends its file,
    /// as editors save files: the inline sits inside a sentence or a list item, where a newline would be a stray space.
    /// </summary>
    public RawHtml RenderInline(string name, ScriptObject model)
    {
        var html = Render(name, model).Value;
        return html.EndsWith('\n') ? new RawHtml(html.TrimEnd('\n', '\r')) : new RawHtml(html);
    }
}
