using System.Text;
using Scriban.Runtime;

namespace BriefingGen.Rendering;

/// <summary>
/// An output that appends to a buffer holding more than the template's part (the page body so far). Scriban's Render
/// reads the output as a string and empties it when it is a <see cref="StringBuilderOutput"/>; this one gives Render
/// nothing to copy or empty.
/// </summary>
internal sealed class AppendingOutput(StringBuilder target) : IScriptOutput
{
    public StringBuilder Builder => target;

    public void Write(string text, int offset, int count) => target.Append(text, offset, count);

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    public override string ToString() => "";
}
