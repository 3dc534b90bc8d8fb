using BriefingGen.Loading;
using Markdig.Syntax;

namespace BriefingGen.Parsing;

/// <summary>A page after parsing: its front matter and its Markdown syntax tree (lines in the tree are body lines; add <see cref="BodyLineOffset"/>).</summary>
public sealed record ParsedPage(SourceFile Source, FrontMatter FrontMatter, MarkdownDocument Body, int BodyLineOffset);
