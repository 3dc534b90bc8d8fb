namespace BriefingGen.Diagnostics;

/// <summary>How serious a diagnostic is: errors fail the build, warnings do not (unless strict).</summary>
public enum Severity
{
    Warning,
    Error,
}
