namespace CareLedger.Server.Web;

/// <summary>A problem with what a form was given: the message (what is wrong and what to do) and the fragment of the field to correct (<c>#evidence-file</c>).</summary>
public sealed record FieldProblem(string Message, string Href);
