package nl.schoolverzuim;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class SchoolverzuimApplication {

    public static void main(String[] args) {
        SpringApplication.run(SchoolverzuimApplication.class, args);
    }
}
