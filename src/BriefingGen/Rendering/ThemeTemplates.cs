using System.Text;
using Scriban;
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
        var template = Find(name);
        var buffer = TextBuffers.Rent();
        context.PushOutput(new StringBuilderOutput(buffer));
        context.PushGlobal(model);
        context.Evaluating++;
        try
        {
            // Render returns the output and empties the buffer, which then goes back to the pool.
            var html = template.Render(context);
            return new RawHtml(html);
        }
        finally
        {
            context.Evaluating--;
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
    public RawHtml RenderInline(string name, ScriptObject model) => RenderInline(Find(name), model);

    private RawHtml RenderInline(Template template, ScriptObject model)
    {
        var buffer = TextBuffers.Rent();
        try
        {
            RenderInline(template, model, buffer);
            return new RawHtml(buffer.ToString());
        }
        finally
        {
            TextBuffers.Return(buffer);
        }
    }

    /// <summary>
    /// Appends an inline template's output to <paramref name="target"/> (a page body being written), without the newline
    /// that ends its file. A page has hundreds of term links and citations: each is written in place, not copied.
    /// </summary>
    public void RenderInline(string name, ScriptObject model, StringBuilder target) => RenderInline(Find(name), model, target);

    private void RenderInline(Template template, ScriptObject model, StringBuilder target)
    {
        var start = target.Length;
        context.PushOutput(new AppendingOutput(target));
        context.PushGlobal(model);
        context.Evaluating++;
        try
        {
            template.Render(context);
        }
        finally
        {
            context.Evaluating--;
            context.PopGlobal();
            context.PopOutput();
        }

        var end = target.Length;
        while (end > start && target[end - 1] is '\n' or '\r')
        {
            end--;
        }

        target.Length = end;
    }

    /// <summary>
    /// An inline template's output for a model of one variable, rendered once a build for each value when the template
    /// reads nothing else (<see cref="TemplateInputs"/>): a work's bibliography entry is the same on every page that cites
    /// it. The value must not change during the build, as the site's records do not.
    /// </summary>
    public RawHtml RenderOnce(string name, string variable, object value)
    {
        var template = Find(name);
        // Only outside every template's evaluation: inside one, a caller's function parameters and loop variables come
        // before the item's own names.
        if (context.RenderContext?.Shared is not { } shared || context.Evaluating > 0 || !catalog.ReadsOnly(name, variable))
        {
            return RenderInline(template, new ScriptObject(1) { [variable] = value });
        }

        return shared.ItemTexts.TryGetValue((template, variable, value), out var html)
            ? html
            : shared.ItemTexts.GetOrAdd((template, variable, value), RenderInline(template, new ScriptObject(1) { [variable] = value }));
    }

    private Template Find(string name)
    {
        context.RenderContext?.Reads(DependencyKeys.Template(name));
        return catalog.Get(name) ?? throw new InvalidOperationException(
        catalog.Has(name) ? $"template {name} has syntax errors" : $"no template {name} in templates/ or the default theme");
    }
}
