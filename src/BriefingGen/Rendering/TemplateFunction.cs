using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace BriefingGen.Rendering;

/// <summary>
/// A template function of one argument, written out: Scriban's <c>Import(name, delegate)</c> finds a delegate's
/// parameters by reflection, which the native (NativeAOT) binary cannot rely on.
/// </summary>
public sealed class TemplateFunction(Type parameterType, string parameterName, Type returnType, Func<TemplateContext, object?, object?> invoke)
    : IScriptCustomFunction
{
    /// <summary><c>raw</c>: its argument as markup, not escaped again (<c>{{ html | raw }}</c>).</summary>
    public static TemplateFunction Raw { get; } = new(typeof(object), "value", typeof(RawHtml),
        (_, value) => value as RawHtml ?? new RawHtml(value?.ToString() ?? ""));

    /// <summary><c>relurl</c>: a site path made relative to the page being rendered (<c>{{ relurl '/case-studies/' }}</c>).</summary>
    public static TemplateFunction RelUrl { get; } = new(typeof(string), "url", typeof(string),
        (context, url) => ((HtmlTemplateContext)context).RenderContext!.RewriteUrl(context.ObjectToString(url) ?? ""));

    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => returnType;

    public ScriptParameterInfo GetParameterInfo(int index) => new(parameterType, parameterName);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        invoke(context, arguments[0]);

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
