using BriefingGen.Diagnostics;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SourceSpan = BriefingGen.Diagnostics.SourceSpan;

namespace BriefingGen.Parsing;

/// <summary>
/// Checks a parsed page's tree depth: Markdig parses emphasis, links and images inside each other thousands deep
/// but its renderer stops at 128 levels with an exception, which named no line. Refused here, at the line.
/// </summary>
public static class MarkdownDepth
{
    /// <summary>Deeper trees (blocks and inlines together) are refused: below Markdig's renderer limit of 128, with room for embeds.</summary>
    public const int MaxDepth = 100;

    public static bool Check(MarkdownDocument document, string path, int lineOffset, DiagnosticBag diagnostics)
    {
        var pending = new Stack<(MarkdownObject Node, int Depth)>();
        pending.Push((document, 0));
        while (pending.TryPop(out var entry))
        {
            var (node, depth) = entry;
            if (depth > MaxDepth)
            {
                diagnostics.Error(DiagnosticCodes.MarkdownTooDeep, new SourceSpan(path, node.Line + 1 + lineOffset, node.Column + 1),
                    $"emphasis, links, quotes or lists are nested more than {MaxDepth} deep here; nest them less");
                return false;
            }

            switch (node)
            {
                case ContainerBlock container:
                    foreach (var child in container)
                    {
                        pending.Push((child, depth + 1));
                    }

                    break;
                case LeafBlock { Inline: { } inline }:
                    pending.Push((inline, depth + 1));
                    break;
                case ContainerInline container:
                    for (var child = container.FirstChild; child is not null; child = child.NextSibling)
                    {
                        pending.Push((child, depth + 1));
                    }

                    break;
            }
        }

        return true;
    }
}
