namespace BriefingGen.Diagnostics;

/// <summary>One problem found in a build, printed as <c>path:line:col: error BG0001: message</c>.</summary>
public sealed record Diagnostic(Severity Severity, string Code, SourceSpan Span, string Message)
{
    public bool IsError => Severity == Severity.Error;

    public override string ToString()
    {
        var severity = Severity == Severity.Error ? "error" : "warning";
        return $"{Span}: {severity} {Code}: {DiagnosticText.Escape(Message)}";
    }
}
