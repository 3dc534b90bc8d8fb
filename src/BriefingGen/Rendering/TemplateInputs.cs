using Scriban;
using Scriban.Syntax;

namespace BriefingGen.Rendering;

/// <summary>
/// Whether a template's output depends on its model alone: it reads no variable but the model's, the interface-text
/// functions and <c>raw</c>, the string, html and regex builtins, and names it has set itself before reading them
/// (set unconditionally, at its top level, or a loop's variable inside the loop). Such an item renders the same on every
/// page, so a build renders it once per model (<see cref="ThemeTemplates.RenderOnce"/>). The check is conservative: a
/// template it cannot prove page-free (an include, a member of <c>page</c> or <c>site</c>, a local variable, a name set
/// in an <c>if</c>) is rendered on every page as before.
/// </summary>
internal static class TemplateInputs
{
    // Read-only functions and builtins whose results depend on their arguments and the site's language only. Not math
    // (math.random), date (date.now), object (object.eval), array (array.cycle counts across a context's renders),
    // include, relurl or id_prefix (relative to the page).
    private static readonly HashSet<string> PageFree = new(StringComparer.Ordinal)
    {
        "raw", "t", "t_count", "t_css", "t_and", "string", "html", "regex",
    };

    public static bool ReadsOnly(Template template, IReadOnlySet<string> model)
    {
        if (template.Page is not { } page)
        {
            return true;
        }

        var known = new HashSet<string>(model, StringComparer.Ordinal);
        return Visit(page, known, topLevel: true);
    }

    // False as soon as a variable outside the known names is read (or the template does something this check does not follow).
    private static bool Visit(ScriptNode? node, HashSet<string> known, bool topLevel)
    {
        switch (node)
        {
            case null:
                return true;
            case ScriptVariableGlobal global:
                return known.Contains(global.Name) || PageFree.Contains(global.Name);
            case ScriptVariable: // a local ($x): set by a caller this check does not follow
                return false;
            case ScriptMemberExpression member:
                return Visit(member.Target, known, topLevel: false); // the member's name is not a variable
            case ScriptAssignExpression assign:
                // x += y reads x first.
                return (assign.EqualToken.TokenType == Scriban.Parsing.TokenType.Equal || Visit(assign.Target, known, topLevel: false))
                    && Assigned(assign.Target, assign.Value, known, topLevel);
            case ScriptCaptureStatement capture:
                return Assigned(capture.Target, capture.Body, known, topLevel);
            case ScriptForStatement loop:
                {
                    if (!Visit(loop.Iterator, known, topLevel: false) || loop.Variable is not ScriptVariableGlobal variable)
                    {
                        return false;
                    }

                    // The loop's variable (and for.index and the like) is known inside it; after it, it holds the last
                    // item, or what it held before.
                    var inside = new HashSet<string>(known, StringComparer.Ordinal) { variable.Name, loop is ScriptTableRowStatement ? "tablerow" : "for" };
                    return Visit(loop.Body, inside, topLevel: false) && Children(loop, known, skip: [loop.Variable, loop.Iterator, loop.Body]);
                }
        }

        // The page's statements run in order and always; anything inside another node may not run.
        var stillTop = topLevel && node is ScriptPage or ScriptBlockStatement or ScriptList or ScriptExpressionStatement;
        for (var i = 0; i < node.ChildrenCount; i++)
        {
            if (!Visit(node.GetChildren(i), known, stillTop))
            {
                return false;
            }
        }

        return true;
    }

    // value is evaluated first (it may read the name's earlier value); the name is known after, when the assignment always runs.
    private static bool Assigned(ScriptExpression? target, ScriptNode? value, HashSet<string> known, bool topLevel)
    {
        if (!Visit(value, known, topLevel: false))
        {
            return false;
        }

        if (target is not ScriptVariableGlobal name)
        {
            return false; // a member or an index of something else: a change this check does not follow
        }

        if (topLevel)
        {
            known.Add(name.Name);
        }

        return true;
    }

    private static bool Children(ScriptNode node, HashSet<string> known, ScriptNode?[] skip)
    {
        for (var i = 0; i < node.ChildrenCount; i++)
        {
            var child = node.GetChildren(i);
            if (!skip.Contains(child) && !Visit(child, known, topLevel: false))
            {
                return false;
            }
        }

        return true;
    }
}
