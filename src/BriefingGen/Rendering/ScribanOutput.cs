using System.Runtime.CompilerServices;
using System.Text;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace BriefingGen.Rendering;

/// <summary>
/// Writes markup into a template context's current output in place, keeping the context's own accounts as Scriban's
/// <c>TemplateContext.Write</c> keeps them (the characters counted against <c>OutputLimit</c>, whether the last text
/// ended a line): an included template or a captured page is then not copied to a string and back. Scriban 7.5 keeps
/// those accounts in private fields, reached here by name; a Scriban that renames them fails every render, which the
/// snapshot tests would show at once.
/// </summary>
internal static class ScribanOutput
{
    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_previousTextWasNewLine")]
    public static extern ref bool PreviousTextWasNewLine(TemplateContext context);

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_currentOutputLength")]
    private static extern ref long OutputLength(TemplateContext context);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "get_FlowState")]
    public static extern ScriptFlowState FlowState(TemplateContext context);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_FlowState")]
    public static extern void SetFlowState(TemplateContext context, ScriptFlowState state);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "FetchNamedArguments")]
    public static extern Dictionary<string, object?>? FetchNamedArguments(TemplateContext context, ScriptNode? callerContext);

    /// <summary>The buffer the context writes into now, when it writes into one and text written needs no indent; else null.</summary>
    public static StringBuilder? InPlaceBuffer(TemplateContext context) =>
        context.CurrentIndent is null or "" && context.OnOutputLimit == ScriptLimitBehavior.Throw
            ? context.Output switch
            {
                StringBuilderOutput output => output.Builder,
                AppendingOutput output => output.Builder,
                _ => null,
            }
            : null;

    /// <summary>
    /// Counts <paramref name="count"/> characters written (already in the buffer, or about to be) as Scriban counts a
    /// write against the output limit, throwing as it throws when they pass it.
    /// </summary>
    public static void Count(TemplateContext context, int count)
    {
        if (count <= 0)
        {
            return;
        }

        var limit = context.OutputLimit ?? context.LimitToString;
        ref var written = ref OutputLength(context);
        if (limit > 0 && count > limit - written)
        {
            throw new ScriptRuntimeException(context.CurrentSpan, $"Rendered output exceeds OutputLimit `{limit}`.");
        }

        written += count;
    }

    /// <summary>Notes the last text written, as Scriban's write notes whether it ended a line.</summary>
    public static void Wrote(TemplateContext context, StringBuilder buffer, int from)
    {
        if (buffer.Length > from)
        {
            PreviousTextWasNewLine(context) = buffer[^1] == '\n';
        }
    }

    /// <summary>
    /// Appends a captured output as <see cref="TemplateContext.Write(string)"/> would write its text, when it holds only
    /// characters XML allows (else the caller strips a copy); false when it cannot be written in place.
    /// </summary>
    public static bool TryAppend(TemplateContext context, StringBuilder source)
    {
        if (InPlaceBuffer(context) is not { } target || ReferenceEquals(source, target) || !XmlChars.AllAllowed(source))
        {
            return false;
        }

        Count(context, source.Length);
        var from = target.Length;
        foreach (var chunk in source.GetChunks())
        {
            target.Append(chunk.Span);
        }

        Wrote(context, target, from);
        return true;
    }
}
