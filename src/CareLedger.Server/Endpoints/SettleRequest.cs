namespace CareLedger.Server.Endpoints;

/// <summary>Settle <see cref="Period"/> (<c>2016/17</c>, <c>2016/17-Q1</c>, <c>2016/17-M01</c>); provisional allows incomplete actuals.</summary>
public sealed record SettleRequest(string? Period, bool Provisional = false);
