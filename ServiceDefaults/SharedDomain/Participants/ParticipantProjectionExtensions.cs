using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace HerstelWerk.SharedDomain.Participants;

/// <summary>Opt-in for services that follow Courses' participants (all but Courses itself).</summary>
public static class ParticipantProjectionExtensions
{
    public static ModelBuilder AddParticipantProjection(this ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfiguration(new ParticipantProjectionConfiguration());

    public static IBusRegistrationConfigurator AddParticipantProjection(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<ParticipantRegisteredProjector>();
        bus.AddConsumer<ParticipantTransferredProjector>();
        bus.AddConsumer<ParticipantReleasedProjector>();
        bus.AddConsumer<ConsentWithdrawnProjector>();
        bus.AddConsumer<ParticipantErasedProjector>();
        return bus;
    }
}
