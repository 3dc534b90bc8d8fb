using System.Collections.Concurrent;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace BriefingGen.Rendering;

/// <summary>
/// A Scriban context that HTML-escapes the value of every <c>{{ expression }}</c>, as Razor does, so content
/// cannot inject markup through a template. <see cref="RawHtml"/> values are written as they are. Every value, raw
/// or escaped, loses the characters XML 1.0 forbids (<see cref="XmlChars"/>), so the XML layouts (feed, sitemap)
/// stay well-formed and pages carry no control characters, whatever the content holds.
/// </summary>
public sealed class HtmlTemplateContext() : TemplateContext(SharedBuiltins)
{
    // Scriban copies its whole function library into every new context; pages share one frozen copy instead,
    // which a template can read but not change (so no page sees another page's assignments).
    private static readonly ScriptObject SharedBuiltins = Frozen(GetDefaultBuiltinObject());

    private static ScriptObject Frozen(ScriptObject builtins)
    {
        foreach (var value in builtins.Values)
        {
            if (value is ScriptObject inner)
            {
                Frozen(inner);
            }
        }

        builtins.IsReadOnly = true;
        return builtins;
    }

    /// <summary>The page being rendered, for functions that make links relative to it.</summary>
    public RenderContext? RenderContext { get; set; }

    /// <summary>
    /// Makes the context as a new one would be for the next page: a context costs about 100 KB to make (Scriban's
    /// stacks and argument arrays), so a renderer keeps the contexts of pages that rendered without an error.
    /// </summary>
    public override void Reset()
    {
        base.Reset();
        ScribanOutput.PreviousTextWasNewLine(this) = false;
        ScribanOutput.SetFlowState(this, Scriban.Syntax.ScriptFlowState.None);
        RenderContext = null;
        Evaluating = 0;
        Tags.Clear(); // array.cycle's counts: each page starts its cycles afresh, whichever page the context rendered before
        _captures.Reset();
    }

    /// <summary>How many templates are being evaluated now (the layout, an item inside it, ...): 0 while a page's model is made.</summary>
    public int Evaluating { get; set; }

    private readonly CaptureBuffers _captures = new();

    /// <summary>
    /// Renders the page's layout into the output pushed for it (an <see cref="AppendingOutput"/>, which Scriban's Render
    /// neither copies nor empties): its captures write into buffers kept for the next pages (<see cref="CaptureBuffers"/>).
    /// </summary>
    public void RenderLayout(Template layout)
    {
        _captures.Open();
        Evaluating++;
        try
        {
            layout.Render(this);
        }
        finally
        {
            Evaluating--;
        }
    }

    // Scriban finds a model type's members by reflection once per context and forgets them on Reset; every page's
    // context reads the same types with the same names (no context sets a member filter or renamer), so once a build.
    private static readonly ConcurrentDictionary<Type, IObjectAccessor> TypedAccessors = new();

    protected override IObjectAccessor? GetMemberAccessorImpl(object target)
    {
        if (TypedAccessors.TryGetValue(target.GetType(), out var known))
        {
            return known;
        }

        var accessor = base.GetMemberAccessorImpl(target);
        if (accessor is Scriban.Runtime.Accessors.TypedObjectAccessor)
        {
            TypedAccessors.TryAdd(target.GetType(), accessor);
        }

        return accessor;
    }

    /// <summary>
    /// Evaluates a <c>capture</c> as Scriban does (the body's output, as a <see cref="StringBuilderOutput"/>, assigned to
    /// the variable), but, in a page's layout, into a buffer kept for the context's next pages (<see cref="CaptureBuffers"/>).
    /// </summary>
    public override object? Evaluate(ScriptNode? scriptNode, bool aliasReturnedFunction)
    {
        if (scriptNode is not ScriptCaptureStatement { Body: { } body, Target: { } target } || _captures.Take() is not { } buffer)
        {
            return base.Evaluate(scriptNode, aliasReturnedFunction);
        }

        PushOutput(new StringBuilderOutput(buffer));
        try
        {
            Evaluate(body);
        }
        finally
        {
            SetValue(target, PopOutput());
        }

        return null;
    }

    /// <summary>
    /// As Scriban converts a function's argument, with a short way for the common case: an argument that already is
    /// what a parameter of reference type takes (a model object for an <c>object</c> or <c>IEnumerable</c> parameter).
    /// Scriban gives the same answer only after testing both types against every primitive and conversion.
    /// </summary>
    public override object? ToObject(SourceSpan span, object? value, Type destinationType)
    {
        if (value is not (null or IScriptConvertibleTo) && !destinationType.IsValueType && destinationType != typeof(string) && destinationType != typeof(System.Collections.IList)
            && destinationType.IsInstanceOfType(value) && !typeof(IScriptConvertibleFrom).IsAssignableFrom(destinationType))
        {
            return value;
        }

        return base.ToObject(span, value, destinationType);
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        switch (textAsObject)
        {
            case null:
                return this;
            case RawHtml markup:
                return WriteMarkup(markup);
            default:
                var text = ObjectToString(textAsObject);
                if (text is null)
                {
                    return this;
                }

                return Write(Escape.Html(XmlChars.Strip(text)));
        }
    }

    private TemplateContext WriteMarkup(RawHtml markup)
    {
        switch (markup)
        {
            case { Buffer: { } buffer } when ScribanOutput.TryAppend(this, buffer):
                return this;
            default:
                return Write(XmlChars.Strip(markup.Value));
        }
    }

    public override ValueTask<TemplateContext> WriteAsync(SourceSpan span, object? textAsObject) =>
        ValueTask.FromResult(Write(span, textAsObject));
}
