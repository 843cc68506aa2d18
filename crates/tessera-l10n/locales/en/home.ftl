## The home page.

home-title = Plan, measure and evaluate integration
home-lead = Tessera helps councils, charities, community groups and funders understand how well newcomers — refugees, people seeking asylum and other migrants — and the communities that receive them are living, working, learning and socialising together.
home-built-on = It is built on the Home Office Indicators of Integration framework 2019: 14 areas of life, grouped into four types, with indicators you can measure in your own area. Integration works both ways, so every indicator is meant to be measured for newcomers and for the receiving community.
home-demo = You are running Tessera with demo data for the organisation { $org }.
home-demo-sign-in = Sign in
home-demo-sign-in-how = with the demo owner’s e-mail address and password that this command printed:
home-demo-then = , then
home-demo-profile = see its integration profile
home-demo-from = from a residents’ survey over three waves.
home-explore = Explore the framework
home-find-heading = Find indicators for your work
home-find-intro = Search in the words you use at work: the framework’s keyword index will point you to the right areas.
home-start-heading = Where to start
home-start-domains-link = Get to know the 14 domains
home-start-domains = and the four key principles behind them.
home-start-open-domain = Open a domain to see its keywords and a bank of measurable, two-way indicators, with the national survey questions you can compare against.
home-start-choose = Choose indicators from more than one domain — and always include one from Social Connections.
home-frameworks-heading = Frameworks in Tessera
home-pack-counts = { $domains ->
    [one] { $domains } domain
   *[other] { $domains } domains
}, { $indicators ->
    [one] { $indicators } indicator
   *[other] { $indicators } indicators
}
