import Incidents
import Testing

@Suite("ACLED event types")
struct EventTypeTests {
    @Test("priority follows the codebook: battles, explosions, violence against civilians, ...")
    func priority() {
        #expect(EventType.battles < .explosionsRemoteViolence)
        #expect(EventType.explosionsRemoteViolence < .violenceAgainstCivilians)
        #expect([EventType.strategicDevelopments, .battles, .riots].min() == .battles)
    }

    @Test("every sub-event type sits under its event type")
    func subEventTypes() {
        #expect(SubEventType.suicideBomb.eventType == .explosionsRemoteViolence)
        #expect(SubEventType.abductionForcedDisappearance.eventType == .violenceAgainstCivilians)
        #expect(SubEventType.armedClash.eventType == .battles)
        #expect(SubEventType.arrests.eventType == .strategicDevelopments)
    }
}
