using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;
using BriefingGen.Rendering.Links;
using Scriban;
using Scriban.Syntax;

namespace BriefingGen.Tests.Links;

/// <summary>
/// Paths through a template (each <c>if</c> taken or not, each loop run 0, 1 or 2 times), written out as the text the
/// template would write with each output statement's escaped value a placeholder, and read with AngleSharp's tokenizer
/// as the link check reads a page: the oracle for <see cref="TemplateLinks"/>.
/// </summary>
internal static class TemplatePaths
{
    /// <summary>How a path chooses: which branch of each <c>if</c>, and how often each loop runs.</summary>
    public sealed record Policy(Func<int, bool> TakeThen, Func<int, int> Runs);

    public static readonly Policy[] Policies =
    [
        new(_ => true, _ => 1),
        new(_ => false, _ => 0),
        new(_ => true, _ => 2),
        new(n => n % 2 == 0, n => n % 3),
        new(n => n % 3 != 0, n => (n + 1) % 3),
    ];

    /// <summary>A piece of a written path: a literal text statement, or an output statement's placeholder.</summary>
    public sealed record Piece(ScriptRawStatement? Text, ScriptStatement? Hole);

    /// <summary>Each output the template writes along the path: its own, and each capture's and function's, apart.</summary>
    public static List<List<Piece>> Write(Template template, Policy policy)
    {
        var outputs = new List<List<Piece>>();
        var counter = 0;
        Stream(template.Page!.Body, policy, outputs, ref counter);
        return outputs;
    }

    public static string Placeholder(ScriptStatement hole) => $"\u27e6{hole.Span.Start.Offset}\u27e7";

    public static string TextOf(List<Piece> pieces) =>
        string.Concat(pieces.Select(p => p.Text is { } text ? text.Text.ToString() : Placeholder(p.Hole!)));

    private static void Stream(ScriptStatement? body, Policy policy, List<List<Piece>> outputs, ref int counter)
    {
        var pieces = new List<Piece>();
        outputs.Add(pieces);
        Walk(body, policy, pieces, outputs, ref counter);
    }

    private enum Flow { Next, Break, Continue, Return }

    private static Flow Walk(ScriptStatement? statement, Policy policy, List<Piece> pieces, List<List<Piece>> outputs, ref int counter)
    {
        switch (statement)
        {
            case null:
                return Flow.Next;
            case ScriptBlockStatement block:
                foreach (var inner in block.Statements)
                {
                    if (Walk(inner, policy, pieces, outputs, ref counter) is not Flow.Next and var flow)
                    {
                        return flow;
                    }
                }

                return Flow.Next;
            case ScriptRawStatement text:
                pieces.Add(new Piece(text, null));
                return Flow.Next;
            case ScriptExpressionStatement { Expression: ScriptAssignExpression }:
                return Flow.Next;
            case ScriptIfStatement choice:
                return policy.TakeThen(counter++) ? Walk(choice.Then, policy, pieces, outputs, ref counter) : Walk(choice.Else, policy, pieces, outputs, ref counter);
            case ScriptElseStatement otherwise:
                return Walk(otherwise.Body, policy, pieces, outputs, ref counter);
            case ScriptForStatement or ScriptWhileStatement:
                var body = statement is ScriptForStatement each ? each.Body : ((ScriptWhileStatement)statement).Body;
                var runs = policy.Runs(counter++);
                if (runs == 0 && statement is ScriptForStatement { Else: { } empty })
                {
                    return Walk(empty, policy, pieces, outputs, ref counter);
                }

                for (var i = 0; i < runs; i++)
                {
                    var flow = Walk(body, policy, pieces, outputs, ref counter);
                    if (flow is Flow.Return)
                    {
                        return flow;
                    }

                    if (flow is Flow.Break)
                    {
                        break;
                    }
                }

                return Flow.Next;
            case ScriptCaptureStatement capture:
                Stream(capture.Body, policy, outputs, ref counter);
                return Flow.Next;
            case ScriptFunction function:
                Stream(function.Body, policy, outputs, ref counter);
                return Flow.Next;
            case ScriptWithStatement with:
                return Walk(with.Body, policy, pieces, outputs, ref counter);
            case ScriptReturnStatement:
                return Flow.Return;
            case ScriptBreakStatement:
                return Flow.Break;
            case ScriptContinueStatement:
                return Flow.Continue;
            case ScriptEscapeStatement or ScriptEndStatement or ScriptNopStatement:
                return Flow.Next;
            default:
                pieces.Add(new Piece(null, statement));
                return Flow.Next;
        }
    }

    /// <summary>The id, href, src and rel attributes of an HTML text's start tags, read as <c>LinkChecker.Read</c> reads a page.</summary>
    public static List<string> Read(string html)
    {
        var tags = new List<string>();
        using var tokenizer = new HtmlTokenizer(new TextSource(new StringTextSource(html)), HtmlEntityProvider.Resolver);
        while (true)
        {
            var token = tokenizer.Get();
            if (token.Type == HtmlTokenType.EndOfFile)
            {
                break;
            }

            if (token is not HtmlTagToken { Type: HtmlTokenType.StartTag } tag)
            {
                continue;
            }

            // As TemplateLinks notes them: a <link>'s link attributes together, any other element's one by one.
            var attributes = tag.Attributes.Where(a => LinkAttributeNames.Contains(a.Name)).Select(a => a.Name + "=" + a.Value).ToList();
            if (tag.Name == "link")
            {
                tags.Add("link:" + string.Join(";", attributes));
            }
            else
            {
                tags.AddRange(attributes.Select(a => tag.Name + ":" + a));
            }

            tokenizer.State = tag.Name switch
            {
                "script" => HtmlParseMode.Script,
                "style" or "noscript" or "xmp" or "iframe" or "noembed" or "noframes" => HtmlParseMode.Rawtext,
                "textarea" or "title" => HtmlParseMode.RCData,
                _ => tokenizer.State,
            };
        }

        return tags;
    }

    private static readonly HashSet<string> LinkAttributeNames = ["id", "href", "src", "rel"];

    /// <summary>The same attributes as <see cref="TemplateLinks"/> says the path's literal texts end, placeholders for the output statements.</summary>
    public static List<string> Analysed(TemplateLinks links, List<Piece> pieces) =>
        pieces.Where(p => p.Text is not null).SelectMany(p => links.TagsOf(p.Text!))
            .Select(t => t.Tag + ":" + string.Join(";", t.Attributes.Select(a => a.Name + "=" + string.Concat(a.Parts.Select(part => part switch
            {
                LiteralPart literal => literal.Text,
                HolePart hole => Placeholder(hole.Statement),
                _ => "?",
            })))))
            .ToList();
}
