import Testing
import TerminalProgress

@Suite("Progress line")
struct ProgressLineTests {
    @Test func aKnownTotalDrawsABarPercentRateAndETA() {
        let line = ProgressLine(label: "sahel", fraction: 0.25, documents: 5000, elapsedSeconds: 10)
        #expect(line.documentsPerSecond == 500)
        #expect(line.remainingSeconds == 30)
        let text = line.render(width: 120)
        #expect(text == "sahel [#######.......................]  25%  5000 docs  500 docs/s  ETA 0:30")
        #expect(text.count < 120)
    }

    @Test func anUnknownTotalShowsCountAndRate() {
        let line = ProgressLine(label: "sahel", fraction: nil, documents: 12840, elapsedSeconds: 6)
        #expect(line.remainingSeconds == nil)
        #expect(line.render(width: 80) == "sahel: 12840 docs  2140 docs/s")
    }

    @Test func theFirstSecondHasNoRateOrETA() {
        let line = ProgressLine(label: "sahel", fraction: 0.5, documents: 1, elapsedSeconds: 0.3)
        #expect(line.documentsPerSecond == nil)
        #expect(line.render(width: 40) == "sahel [####....]  50%  1 doc  ETA --:--")
    }

    @Test func theLineFitsANarrowTerminal() {
        let line = ProgressLine(label: "sahel", fraction: 0.6, documents: 123_456, elapsedSeconds: 100)
        for width in [10, 30, 50, 58, 80] {
            #expect(line.render(width: width).count <= width - 1, "width \(width)")
        }
        // Too narrow for a useful bar: the numbers stay, the bar goes.
        #expect(line.render(width: 50) == "sahel  60%  123456 docs  1235 docs/s  ETA 1:07")
    }

    @Test func theBarIsFullOnlyWhenTheWorkIs() {
        #expect(ProgressLine.bar(0, width: 4) == "....")
        #expect(ProgressLine.bar(0.999, width: 4) == "###.")
        #expect(ProgressLine.bar(1, width: 4) == "####")
        #expect(ProgressLine.bar(7, width: 4) == "####")
        #expect(ProgressLine.percent(0.999) == " 99%")
        #expect(ProgressLine.percent(1) == "100%")
        #expect(ProgressLine.percent(0.05) == "  5%")
        #expect(ProgressLine(label: "x", fraction: -2, documents: 0, elapsedSeconds: 0).fraction == 0)
    }

    @Test func durationsAndRates() {
        #expect(ProgressLine.duration(7) == "0:07")
        #expect(ProgressLine.duration(754) == "12:34")
        #expect(ProgressLine.duration(3723) == "1:02:03")
        #expect(ProgressLine.duration(-3) == "0:00")
        #expect(ProgressLine.duration(.infinity) == ">99h")
        #expect(ProgressLine.duration(400_000) == ">99h")
        #expect(ProgressLine.rate(3.46) == "3.5")
        #expect(ProgressLine.rate(9.96) == "10")
        #expect(ProgressLine.rate(2140.4) == "2140")
    }
}
