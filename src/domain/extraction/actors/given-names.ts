/**
 * Common given names across the languages that fill world news copy. A run of
 * capitalised words that starts with one of these is evidence of a person
 * ("Earl Matthews", "Mark Esper") even without a title or a reporting verb.
 */
export const GIVEN_NAMES: ReadonlySet<string> = new Set(
  `
Aaron Abdul Abdullah Abigail Abraham Adam Adrian Adriana Ahmed Ahmad Aidan Alan Alba Albert Alberto Alejandro Alejandra
Alex Alexander Alexandra Alexandre Alexei Alexis Alfonso Alfred Alfredo Ali Alice Alicia Alina Alison Allison Alvaro Álvaro
Amanda Amber Amir Amy Ana Anand Anastasia Andre André Andrea Andreas Andrés Andres Andrew Andrzej Andy Angel Ángel Angela
Angelica Angélica Anita Ann Anna Anne Annie Anthony Antoine Antonio Antony Ariel Armando Arnold Arthur Arturo Ashley Audrey
Augusto Austin Ayman Barack Barbara Beatriz Ben Benjamin Benedict Bernard Bernardo Bernie Beth Betty Bill Billy Bob Bobby
Boris Brad Bradley Brandon Brenda Brendan Brent Brett Brian Bruce Bruno Bryan Caitlin Camila Candace Carl Carla Carlos Carmen
Carol Caroline Carolina Catherine Cecilia Celia Cesar César Chad Charles Charlie Charlotte Chen Cheryl Chris Christian
Christina Christine Christopher Chuck Cindy Claire Clara Claudia Claudio Clayton Cliff Clifford Colin Connor Cory Craig
Cristina Cynthia Dale Dan Daniel Daniela Danielle Danny Dario Darío Darren Dave David Dawn Dean Debbie Deborah Delcy Denis
Dennis Derek Diana Diane Diego Dimitri Dmitry Dominic Don Donald Donna Doris Doug Douglas Duncan Dylan Earl Ed Eddie Edgar
Edith Eduardo Edward Edwin Elena Eli Elias Elijah Elizabeth Ella Ellen Elliot Elliott Elon Emily Emma Emmanuel Enrique Eric
Erica Erik Erin Ernesto Esteban Ethan Eugene Eva Evan Evelyn Fabian Fatima Felipe Felix Fernando Florence Frances Francesca
Francesco Francis Francisco Franco François Frank Franz Fred Frederick Gabriel Gabriela Gail Gary Gavin Gene George Georgia
Gerald Gerardo Gerhard Gilberto Gina Giorgia Giovanni Giuseppe Glen Glenn Gloria Gordon Grace Graham Greg Gregory Guillermo
Gustavo Hakeem Hamid Hannah Hans Harold Harry Hassan Heather Hector Héctor Heidi Helen Helena Henry Herbert Hilary Hillary
Howard Hugo Hussein Ian Ibrahim Igor Ilhan Irene Isaac Isabel Isabella Ivan Iván Jack Jackie Jacob Jacques Jaime Jair Jake
James Jamie Jan Jane Janet Janice Jared Jason Javier Jay Jean Jean-Claude Jean-Luc Jean-Marc Jean-Noël Jean-Noel Jean-Pierre
Jeanne Jeff Jeffrey Jen Jennifer Jenny Jeremy Jerome Jerry Jesse Jessica Jesús Jesus Jill Jim Jimmy Joan Joanna Joaquín
Joaquin Jodi Joe Joel Johanna John Johnny Jon Jonathan Jordan Jorge José Jose Joseph Josh Joshua Joyce Juan Juana Judith
Judy Julia Julian Julie Julio Justin Kaja Kamala Karen Karin Karl Karoline Kate Katherine Kathleen Kathryn Kathy Katie Kay
Keir Keith Kelly Ken Kenneth Kent Kevin Kim Kimberly Kirk Kristen Kristi Kristin Kurt Kyle Larry Laura Lauren Lawrence Leah
Lee Leo Leon Leonardo Leslie Lewis Lindsey Linda Lisa Liz Lloyd Lois Lorenzo Louis Louise Lucas Lucia Lucy Luis Luiz
Luke Lula Lynn Madeleine Maggie Manuel Marc Marcelo Marcia Marco Marcos Marcus Margaret Maria María Mariana Marie Marina
Mario Marisol Mark Marta Martha Martin Martín Mary Mateo Matt Matthew Maureen Max Maxim Megan Melanie Melissa Mette Michael
Michel Michele Michelle Miguel Mike Mikhail Miles Mitch Mohamed Mohammed Mohammad Muhammad Monica Mónica Morgan Nancy Natalia
Natalie Nathan Neil Nelson Nicholas Nick Nicola Nicolas Nicolás Nicole Nikki Nina Noah Norma Olaf Olena Oliver Olivia Omar
Oscar Óscar Pablo Pam Pamela Paola Pat Patricia Patrick Paul Paula Pedro Pete Peter Petra Phil Philip Philippe Pierre
Rachel Rafael Rahul Ralph Ramón Ramon Randy Raúl Raul Ray Raymond Rebecca Recep Rex Ricardo Richard Rick Rita Rob Robert
Roberto Robin Rodrigo Roger Roland Ron Ronald Rosa Rose Ross Roy Ruben Rubén Russell Ruth Ryan Sabrina Sam Samantha Samuel
Sandra Sara Sarah Scott Sean Sebastian Sebastián Sergei Sergey Sergio Seth Shannon Sharon Shawn Sheila Shelby Sherri Simon
Sofia Sofía Sonia Sophie Stacey Stephanie Stephen Steve Steven Stuart Susan Suzanne Sylvia Tamara Tanya Ted Teresa Terry
Theresa Thomas Tim Timothy Tina Todd Tom Tommy Tony Tracy Travis Trevor Troy Tyler Ursula Valentina Valerie Vanessa Vera
Veronica Víctor Victor Victoria Vincent Virginia Vivian Vladimir Volker Volodymyr Walter Wang Warren Wayne Wendy Wes Wesley
Whitney William Willie Xavier Xi Yolanda Yuri Yvonne Zachary Zoe
`
    .split(/\s+/)
    .filter(Boolean),
);
