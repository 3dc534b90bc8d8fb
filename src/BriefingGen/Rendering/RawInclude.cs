using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace BriefingGen.Rendering;

/// <summary>
/// Scriban's <c>include</c>, with its result marked as HTML: an included template's output is markup
/// the template already escaped, so <see cref="HtmlTemplateContext"/> must not escape it again.
/// </summary>
/// <remarks>
/// An include whose result is written where it stands (<c>{{ include "base.html" }}</c>, the common case) renders
/// straight into the output being written, as Scriban's own include would leave it, instead of into a new buffer
/// that is copied to a string and written again: a layout includes the whole page that way, and those copies were a
/// third of what rendering allocated.
/// </remarks>
public sealed class RawInclude(IScriptCustomFunction include) : IScriptCustomFunction
{
    public int RequiredParameterCount => include.RequiredParameterCount;

    public int ParameterCount => include.ParameterCount;

    public ScriptVarParamKind VarParamKind => include.VarParamKind;

    public Type ReturnType => typeof(RawHtml);

    public ScriptParameterInfo GetParameterInfo(int index) => include.GetParameterInfo(index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var caller = callerContext ?? context.CurrentNode;
        if (arguments.Count == 0 || caller is null || !WrittenWhereItStands(context, caller) || ScribanOutput.InPlaceBuffer(context) is null)
        {
            return new RawHtml(include.Invoke(context, callerContext, arguments, blockStatement)?.ToString() ?? "");
        }

        // As Scriban's IncludeFunction: the name, its path through the loader (which refuses names outside the theme), the template.
        var path = context.GetTemplatePathFromName(context.ObjectToString(arguments[0]), caller);
        if (path is null)
        {
            return null;
        }

        var template = context.GetOrCreateTemplate(path, caller);
        if (context.TemplateLoader is not TemplateCatalog catalog || !catalog.WritesOnlyXmlChars(path))
        {
            return new RawHtml(context.RenderTemplate(template, arguments, caller));
        }

        return RenderInPlace(context, template, arguments, caller);
    }

    // TemplateContext.RenderTemplate, with the template's output appended to the output being written rather than to a
    // buffer of its own, and then counted and noted as the caller's write of that text would count and note it.
    private static RawHtml? RenderInPlace(TemplateContext context, Template template, ScriptArray arguments, ScriptNode caller)
    {
        var buffer = ScribanOutput.InPlaceBuffer(context)!;
        var start = buffer.Length;
        context.EnterRecursive(caller);
        var indent = context.CurrentIndent;
        var wasNewLine = ScribanOutput.PreviousTextWasNewLine(context);
        context.CurrentIndent = null;
        context.PushOutput(new AppendingOutput(buffer));
        var named = ScribanOutput.FetchNamedArguments(context, caller);
        context.PushLocal();
        try
        {
            context.SetValue(ScriptVariable.Arguments, arguments, asReadOnly: true, force: true);
            if (named is not null)
            {
                foreach (var (name, value) in named)
                {
                    context.SetValue(ScriptVariable.Create(name, ScriptVariableScope.Local), value, asReadOnly: false, force: true);
                }
            }

            if (indent is not null)
            {
                context.ResetPreviousNewLine();
            }

            template.Render(context);
        }
        finally
        {
            context.PopLocal();
            context.PopOutput();
            context.CurrentIndent = indent;
            ScribanOutput.PreviousTextWasNewLine(context) = wasNewLine;
            context.ExitRecursive(caller);
        }

        if (ScribanOutput.FlowState(context) == ScriptFlowState.Return || !context.EnableOutput)
        {
            // The caller will not write the result (a 'ret' in the included file): take the text back out, as Scriban's include returns it.
            var text = buffer.ToString(start, buffer.Length - start);
            buffer.Length = start;
            return new RawHtml(text);
        }

        ScribanOutput.Count(context, buffer.Length - start);
        ScribanOutput.Wrote(context, buffer, start);
        return null;
    }

    // {{ include "x" }} as a statement of its own, whose value the block writes; not a value used in an expression or a pipe.
    private static bool WrittenWhereItStands(TemplateContext context, ScriptNode caller) =>
        context.EnableOutput && caller is ScriptFunctionCall && caller.Parent is ScriptExpressionStatement { Parent: ScriptList<ScriptStatement> { Parent: ScriptBlockStatement } } statement &&
        ReferenceEquals(statement.Expression, caller);

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
