using HerstelWerk.Volunteers.Model;

namespace HerstelWerk.Volunteers.Apis;

/// <summary>A VOG request and Justis' decision.</summary>
public sealed record VogRequestDto(Guid Id, DateOnly RequestedOn, VogOutcome Outcome, DateOnly? DecidedOn);
