using HerstelWerk.Placement;
using HerstelWerk.ServiceDefaults;
using HerstelWerk.ServiceDefaults.Participants;

var builder = WebApplication.CreateBuilder(args);
builder.AddApplicationServices();

var app = builder.Build();
app.MapHerstelWerkService(Extensions.ServiceName);
app.MapParticipantProjectionApi(Extensions.RoutePrefix, Extensions.ParticipantReaders);

app.Run();

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
