using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace BriefingGen.Rendering;

/// <summary>
/// A template function written out: Scriban's <c>Import(name, delegate)</c> finds a delegate's parameters by
/// reflection, which the native (NativeAOT) binary cannot rely on, and calls it through reflection. Scriban converts
/// each argument to its parameter's type, checks their number and fills optional parameters left out with null.
/// </summary>
public sealed class TemplateFunction(Type returnType, int required, ScriptParameterInfo[] parameters, Func<TemplateContext, ScriptArray, object?> invoke)
    : IScriptCustomFunction
{
    /// <summary>A function of one argument (<paramref name="parameterType"/> null: of none).</summary>
    public TemplateFunction(Type? parameterType, string parameterName, Type returnType, Func<TemplateContext, object?, object?> invoke)
        : this(returnType, parameterType is null ? 0 : 1, parameterType is null ? [] : [new ScriptParameterInfo(parameterType, parameterName)],
            (context, arguments) => invoke(context, arguments.Count > 0 ? arguments[0] : null))
    {
    }

    /// <summary><c>raw</c>: its argument as markup, not escaped again (<c>{{ html | raw }}</c>).</summary>
    public static TemplateFunction Raw { get; } = new(typeof(object), "value", typeof(RawHtml),
        (context, value) => value switch
        {
            RawHtml raw => raw,
            // {{ capture main }}: the page, written from its buffer
            StringBuilderOutput captured => new RawHtml(captured.Builder),
            _ => new RawHtml(value?.ToString() ?? ""),
        });

    /// <summary><c>relurl</c>: a site path made relative to the page being rendered (<c>{{ relurl '/case-studies/' }}</c>).</summary>
    public static TemplateFunction RelUrl { get; } = new(typeof(string), "url", typeof(string),
        (context, url) => ((HtmlTemplateContext)context).RenderContext!.RewriteUrl(context.ObjectToString(url) ?? ""));

    /// <summary><c>id_prefix</c>: what ids in the part being rendered start with; a pack gives each of its papers its own (<see cref="RenderContext.IdPrefix"/>).</summary>
    public static TemplateFunction IdPrefix { get; } = new(null, "", typeof(string),
        (context, _) => ((HtmlTemplateContext)context).RenderContext?.IdPrefix ?? "");

    public int RequiredParameterCount => required;

    public int ParameterCount => parameters.Length;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => returnType;

    public ScriptParameterInfo GetParameterInfo(int index) => index < parameters.Length ? parameters[index] : new ScriptParameterInfo(typeof(object), "");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        invoke(context, arguments);

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
