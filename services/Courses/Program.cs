using HerstelWerk.Courses;
using HerstelWerk.Courses.Apis;
using HerstelWerk.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddApplicationServices();

var app = builder.Build();
app.MapHerstelWerkService(Extensions.ServiceName);
app.MapParticipantsApi();
app.MapParticipantMovesApi();
app.MapConsentsApi();
app.MapCoursesCatalogApi();
app.MapEnrolmentsApi();
app.MapFacilitiesApi();
app.MapReportsApi();

app.Run();

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
