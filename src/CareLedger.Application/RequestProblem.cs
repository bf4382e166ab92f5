namespace CareLedger.Application;

/// <summary>
/// A request a service cannot carry out as asked, as opposed to a problem inside a file: a period that is not in
/// the contract's term, a party it does not have. <see cref="Field"/> names what the caller passed
/// (<c>period</c>, <c>year</c>, <c>party</c>, <c>template</c>) so each door can word it its own way (an option, a form field).
/// </summary>
public sealed record RequestProblem(string Field, string Message);
