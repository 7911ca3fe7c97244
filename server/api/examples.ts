/** The query GraphiQL opens with: the questions a new user asks first, answered with their evidence. */
export const EXAMPLE_QUERY = `# Welcome to Corridor. Press ▶ to run; hover a field for its description.
# What is the Middle Corridor, what does it connect, and on what evidence?
query MiddleCorridor {
  entity(id: "Middle Corridor") {
    id label kind aliases description
    relations(first: 20) {
      edges { node { label from { label } to { label } status confidence hedge
        evidence { quote source { title } } } }
    }
  }
}

# How is the EU connected to Afghanistan? (select this operation to run it)
query EuToAfghanistan {
  paths(from: "EU", to: "Afghanistan", maxLength: 3, first: 3) {
    length
    hops { from { label } to { label }
      relations { label status confidence evidence { quote start end source { id } } } }
  }
}
`;
