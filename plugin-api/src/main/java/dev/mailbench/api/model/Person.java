package dev.mailbench.api.model;

public record Person(String id, String name, String department, String email, String notes) implements Identified {
    public Person {
        id = Values.text(id);
        name = Values.text(name);
        department = Values.text(department);
        email = Values.text(email);
        notes = Values.text(notes);
    }
}
